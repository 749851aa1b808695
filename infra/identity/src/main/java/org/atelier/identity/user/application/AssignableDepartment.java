package org.atelier.identity.user.application;

import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.Departments;

/** A user may only be put into a department that exists and is in use. */
final class AssignableDepartment {

    private AssignableDepartment() {
    }

    static DepartmentCode require(Departments departments, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("department", "user.department.required", "Choose a department");
        }
        DepartmentCode code = DepartmentCode.parse(raw);
        Department department = departments.find(code).orElseThrow(() ->
                new RuleViolation("department", "user.department.unknown", "There is no department {0}", code.value()));
        if (!department.isActive()) {
            throw new RuleViolation("department", "user.department.inactive", "The department {0} is no longer in use",
                    code.value());
        }
        return code;
    }
}
