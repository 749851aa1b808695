package org.atelier.identity.token;

import java.util.function.Function;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/**
 * The userinfo endpoint's answer: the person as the user store has them now, not as the ID token described them
 * at sign-in. The UIs ask it with their session's access token at least once a minute to learn that roles shrank
 * or the person was deactivated; a deactivated person's token is refused there ({@code invalid_token}, 401), so a
 * UI ends their session.
 */
public class CurrentUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final FindingUsers users;

    public CurrentUserInfo(FindingUsers users) {
        this.users = users;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        User user = users.find(Username.of(username)).filter(User::canSignIn).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "The user account is deactivated", null)));
        return OidcUserInfo.builder()
                .subject(username)
                .name(user.displayName())
                .claim(AtelierClaims.DEPARTMENT, user.department().value())
                .claim(AtelierClaims.LEVEL, user.level().name())
                .claim(AtelierClaims.ROLES, user.roles().stream().map(Role::name).sorted().toList())
                .build();
    }
}
