package org.atelier.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@link CurrentUser} from token or ID-token claims: {@code sub}, {@code name}, {@code department}, {@code level}, {@code roles}. */
final class Claims {

    private Claims() {
    }

    static CurrentUser toUser(Map<String, Object> claims) {
        return new CurrentUser(String.valueOf(claims.get("sub")), text(claims.get("name")), text(claims.get("department")),
                text(claims.get("level")), roles(claims.get("roles")));
    }

    static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(value))) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    /**
     * The scopes a token grants, from {@code scope} and {@code scp}: issuers write them as a JSON array (Spring
     * Authorization Server does) or as one space-separated string (RFC 8693, RFC 9068); both are read.
     */
    static Set<String> scopes(Map<String, Object> claims) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String name : List.of("scope", "scp")) {
            Object claim = claims.get(name);
            if (claim instanceof Collection<?> values) {
                values.forEach(value -> scopes.addAll(words(String.valueOf(value))));
            } else if (claim != null) {
                scopes.addAll(words(claim.toString()));
            }
        }
        return scopes;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
