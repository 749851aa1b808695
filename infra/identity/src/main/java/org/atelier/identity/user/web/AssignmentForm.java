package org.atelier.identity.user.web;

import java.util.EnumSet;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;

/** A user's department, level and roles as an admin edits them, with the version they were shown. */
public class AssignmentForm extends AssignmentFields {

    private long version;

    public AssignmentForm() {
        super(EnumSet.noneOf(Role.class));
    }

    static AssignmentForm of(User user) {
        AssignmentForm form = new AssignmentForm();
        form.setDepartment(user.department().value());
        form.setLevel(user.level());
        form.setRoles(EnumSet.copyOf(user.roles()));
        form.version = user.version();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
