package org.atelier.identity.user.web;

import java.util.EnumSet;
import java.util.Set;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;

/** The new-user form as typed; an employee is the usual case, so that role is ticked to begin with. */
public class NewUserForm {

    private String username;
    private String displayName;
    private String email;
    private String department;
    private ManagementLevel level;
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
