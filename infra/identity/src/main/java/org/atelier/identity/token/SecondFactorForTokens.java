package org.atelier.identity.token;

import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.secondfactor.web.SignInLevel;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * No token for a person whose roles, as they are now, require a second factor, unless the sign-in the token comes
 * from included one. The sign-in pages already hold such a person until the step is done; this also covers a
 * refresh token got with a password alone by someone given such a role since, who would otherwise go on
 * renewing access tokens that carry it. The refusal is {@code invalid_grant}: the UI signs the person in again.
 */
class SecondFactorForTokens implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SecondFactorRule rule;
    private final FindingUsers users;

    SecondFactorForTokens(SecondFactorRule rule, FindingUsers users) {
        this.rule = rule;
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                || SignInLevel.showedSecondFactor(context.getPrincipal())) {
            return;
        }
        Username person = Username.of(context.getPrincipal().getName());
        users.find(person).filter(user -> rule.isRequired(person, user.roles())).ifPresent(required -> {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "The person's role requires a second factor, and this sign-in had none", null));
        });
    }
}
