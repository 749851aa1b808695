package org.atelier.identity.department;

import org.atelier.identity.RuleViolation;

/** A department code is taken, by an active or a deactivated department. */
public class DepartmentAlreadyExists extends RuleViolation {

    public DepartmentAlreadyExists(DepartmentCode code) {
        super("code", "department.code.taken", "There is already a department with the code {0}", code.value());
    }
}
