package org.atelier.identity.department.application;

import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.Departments;

/**
 * Takes a department out of use: nobody can be assigned to it any more. Its members keep it until an admin
 * moves them, so nobody loses access by surprise.
 */
public class DeactivatingDepartment {

    private final Departments departments;

    public DeactivatingDepartment(Departments departments) {
        this.departments = departments;
    }

    public void deactivate(DepartmentCode code) {
        Department department = departments.find(code).orElseThrow(() -> new DepartmentNotFound(code));
        department.deactivate();
        departments.update(department);
    }
}
