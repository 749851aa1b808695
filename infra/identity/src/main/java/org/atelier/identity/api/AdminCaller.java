package org.atelier.identity.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.atelier.identity.client.ClientProperties;
import org.atelier.identity.token.AtelierClaims;
import org.atelier.identity.user.Username;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who calls the admin API, read from their bearer token: a person (whose username the use cases check, e.g. that an
 * admin does not deactivate themself), or a machine client (role {@value AtelierClaims#SYSTEM_ROLE}), which is
 * nobody's account.
 */
public record AdminCaller(String subject, boolean machine, Set<String> scopes) {

    public static AdminCaller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("The admin API takes bearer tokens only");
        }
        Jwt jwt = token.getToken();
        return new AdminCaller(jwt.getSubject(), roles(jwt).contains(AtelierClaims.SYSTEM_ROLE), scopes(jwt));
    }

    /** The person acting, as the use cases take them; {@code null} for a machine client. */
    public Username actor() {
        return machine ? null : Username.of(subject);
    }

    public boolean hasAdminScope() {
        return scopes.contains(ClientProperties.ADMIN_SCOPE);
    }

    private static List<String> roles(Jwt jwt) {
        Object roles = jwt.getClaims().get(AtelierClaims.ROLES);
        return roles instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }

    /** {@code scope} as RFC 9068 writes it (one space-separated string) or as a JSON array (older tokens). */
    private static Set<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get(AtelierClaims.SCOPE);
        Stream<String> values = scope instanceof Collection<?> list ? list.stream().map(String::valueOf)
                : scope instanceof String text ? Stream.of(text.split(" ")) : Stream.empty();
        return values.filter(value -> !value.isBlank()).collect(Collectors.toUnmodifiableSet());
    }
}
