package org.atelier.directory;

import java.util.Objects;
import java.util.Set;

/**
 * A person as the directory knows them: who they are, where they sit, what they may do. Never a password, an
 * e-mail address or anything secret: the identity provider does not publish those.
 *
 * @param username    the stable sign-in name, the {@code sub} of the person's tokens
 * @param displayName the name to show
 * @param department  the code of the person's department
 * @param level       the person's management level
 * @param roles       the role names, e.g. {@code DEPARTMENT_HEAD}
 * @param active      false once the person has been deactivated
 */
public record DirectoryPerson(String username, String displayName, String department, ManagementLevel level,
                              Set<String> roles, boolean active) {

    public static final String DEPARTMENT_HEAD = "DEPARTMENT_HEAD";

    public DirectoryPerson {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(level, "level");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether this person is an active head of the given department. */
    public boolean isHeadOf(String departmentCode) {
        return active && department.equals(departmentCode) && hasRole(DEPARTMENT_HEAD);
    }
}
