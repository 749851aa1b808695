package org.atelier.identity.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What Atelier's tokens say about their holder. Access tokens name the APIs' audience; access and ID tokens of
 * a person carry their department, level, roles and name, read from the user store at issue time so that a
 * change by an admin shows in the next token. A deactivated user gets no token, not even by refreshing.
 * Access tokens follow the RFC 9068 profile. Machine callers get the single role {@value #SYSTEM_ROLE} and no department.
 */
public class AtelierClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String DEPARTMENT = "department";
    public static final String LEVEL = "level";
    public static final String ROLES = "roles";
    public static final String NAME = "name";
    public static final String SYSTEM_ROLE = "SYSTEM";
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";
    public static final String CLIENT_ID = "client_id";
    public static final String SCOPE = "scope";

    private final FindingUsers users;
    private final String audience;

    public AtelierClaims(FindingUsers users, String audience) {
        this.users = users;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!accessToken && !idToken) {
            return;
        }
        if (accessToken) {
            asAccessTokenProfile(context);
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            context.getClaims().claim(ROLES, List.of(SYSTEM_ROLE));
            return;
        }
        User user = activeUser(context.getPrincipal().getName());
        context.getClaims()
                .claim(NAME, user.displayName())
                .claim(DEPARTMENT, user.department().value())
                .claim(LEVEL, user.level().name())
                .claim(ROLES, user.roles().stream().map(Role::name).sorted().toList());
    }

    /**
     * The JWT profile for access tokens (RFC 9068), which other systems' libraries check: {@code typ: at+jwt} so that
     * no other token the provider signs (ID or logout tokens) can pass for one, the {@code client_id} it was issued
     * to, and {@code scope} as one space-separated string rather than Spring Authorization Server's JSON array.
     * {@code iss}, {@code sub}, {@code aud}, {@code exp}, {@code iat} and {@code jti} are set by the server itself.
     */
    private void asAccessTokenProfile(JwtEncodingContext context) {
        context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
        context.getClaims().claim(CLIENT_ID, context.getRegisteredClient().getClientId());
        context.getClaims().claims(claims -> {
            claims.put(JwtClaimNames.AUD, withApiAudience(claims.get(JwtClaimNames.AUD)));
            if (claims.get(SCOPE) instanceof Collection<?> scopes) {
                claims.put(SCOPE, scopes.stream().map(String::valueOf).sorted().collect(Collectors.joining(" ")));
            }
        });
    }

    private User activeUser(String username) {
        return users.find(Username.of(username)).filter(User::canSignIn).orElseThrow(() ->
                new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "The user account is deactivated", null)));
    }

    /** The client id SAS puts there stays, so a client can still recognise its own tokens. */
    private List<String> withApiAudience(Object current) {
        Set<String> audiences = new LinkedHashSet<>();
        if (current instanceof Collection<?> values) {
            values.forEach(value -> audiences.add(String.valueOf(value)));
        } else if (current != null) {
            audiences.add(String.valueOf(current));
        }
        audiences.add(audience);
        return new ArrayList<>(audiences);
    }
}
