package org.atelier.identity.department;

import org.atelier.identity.RuleViolation;

/** A department cannot be closed while active people still belong to it: they would keep a department nobody may join. */
public class DepartmentHasActiveMembers extends RuleViolation {

    public DepartmentHasActiveMembers(DepartmentCode code, long activeMembers) {
        super("code", "department.close.hasMembers",
                "The department {0} still has {1} active people: move them to another department or deactivate them first",
                code.value(), activeMembers);
    }
}
