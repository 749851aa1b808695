package org.atelier.identity.user.web;

import java.util.EnumSet;
import org.atelier.identity.user.Role;

/** The new-user form as typed; an employee is the usual case, so that role is ticked to begin with. */
public class NewUserForm extends AssignmentFields {

    private String username;
    private String displayName;
    private String email;
    private String password;

    public NewUserForm() {
        super(EnumSet.of(Role.EMPLOYEE));
    }

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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
