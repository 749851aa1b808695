package org.atelier.identity.token;

import java.util.List;
import org.atelier.identity.secondfactor.web.SignInLevel;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * How the person of an ID token signed in: {@code acr} {@value SignInLevel#ACR_SECOND_FACTOR} with {@code amr}
 * {@code ["pwd", "otp"]} when the sign-in included a code from their authenticator app, else
 * {@value SignInLevel#ACR_PASSWORD} with {@code ["pwd"]}. A refreshed ID token says what the sign-in it comes
 * from said, since no new sign-in happened.
 */
class SignInLevelClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ACR = "acr";
    static final String AMR = "amr";

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        boolean secondFactor = SignInLevel.showedSecondFactor(context.getPrincipal());
        context.getClaims()
                .claim(ACR, secondFactor ? SignInLevel.ACR_SECOND_FACTOR : SignInLevel.ACR_PASSWORD)
                .claim(AMR, secondFactor ? List.of(SignInLevel.AMR_PASSWORD, SignInLevel.AMR_OTP) : List.of(SignInLevel.AMR_PASSWORD));
    }
}
