package org.atelier.identity.user.web;

import java.util.Set;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;

/**
 * Department, level and roles as an admin sets them: the fields the {@code admin/assignment-fields} fragment binds,
 * the same when a user is created and when one is edited.
 */
public abstract class AssignmentFields {

    private String department;
    private ManagementLevel level;
    private Set<Role> roles;

    protected AssignmentFields(Set<Role> roles) {
        this.roles = roles;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public ManagementLevel getLevel() {
        return level;
    }

    public void setLevel(ManagementLevel level) {
        this.level = level;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
