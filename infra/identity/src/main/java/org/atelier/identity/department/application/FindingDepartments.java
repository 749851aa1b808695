package org.atelier.identity.department.application;

import java.util.List;
import java.util.Optional;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.Departments;

/** Looks departments up for the pages. */
public class FindingDepartments {

    private final Departments departments;

    public FindingDepartments(Departments departments) {
        this.departments = departments;
    }

    /** Active and deactivated, by code. */
    public List<Department> all() {
        return departments.list();
    }

    /** Those a user can be assigned to, by code. */
    public List<Department> active() {
        return departments.list().stream().filter(Department::isActive).toList();
    }

    public Optional<Department> find(DepartmentCode code) {
        return departments.find(code);
    }
}
