package org.atelier.identity.user.web;

import java.util.EnumSet;
import java.util.Set;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;

/** A user's department, level and roles as an admin edits them, with the version they were shown. */
public class AssignmentForm {

    private String department;
    private ManagementLevel level;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private long version;

    static AssignmentForm of(User user) {
        AssignmentForm form = new AssignmentForm();
        form.department = user.department().value();
        form.level = user.level();
        form.roles = EnumSet.copyOf(user.roles());
        form.version = user.version();
        return form;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
