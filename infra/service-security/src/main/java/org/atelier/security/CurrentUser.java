package org.atelier.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the use cases see it: plain Java, built from the token or the sign-in.
 *
 * @param department the caller's department code; {@code null} for a machine caller
 * @param level      the caller's management level (TOP_MANAGEMENT, DIVISION_HEAD, COMMERCIAL_STAFF, OTHER_STAFF); may be null
 */
public record CurrentUser(String username, String displayName, String department, String level, Set<Role> roles) {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Who is signed in on this request, for code that has no controller parameter to take it from (a page's header). */
    public static java.util.Optional<CurrentUser> signedIn() {
        try {
            return java.util.Optional.of(CurrentUserArgumentResolver.current());
        } catch (NotAllowed anonymous) {
            return java.util.Optional.empty();
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isMachine() {
        return has(Role.SYSTEM);
    }

    public boolean belongsTo(String departmentCode) {
        return department != null && department.equals(departmentCode);
    }
}
