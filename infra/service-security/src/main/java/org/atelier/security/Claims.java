package org.atelier.security;

import java.util.Collection;
import java.util.EnumSet;
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

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
