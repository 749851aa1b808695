package org.atelier.identity.department.application;

import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentHasActiveMembers;
import org.atelier.identity.department.DepartmentMembers;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.Departments;

/**
 * Closes a department: nobody can be assigned to it any more, while old records still name it. A department that
 * still has active people is not closed: they would belong to a department nobody may join, so an admin moves (or
 * deactivates) them first.
 */
public class DeactivatingDepartment {

    private final Departments departments;
    private final DepartmentMembers members;

    public DeactivatingDepartment(Departments departments, DepartmentMembers members) {
        this.departments = departments;
        this.members = members;
    }

    /**
     * @return the department as now stored; closing a closed one changes nothing
     * @throws DepartmentHasActiveMembers when active people still belong to it
     */
    public Department deactivate(DepartmentCode code) {
        Department department = departments.find(code).orElseThrow(() -> new DepartmentNotFound(code));
        if (!department.isActive()) {
            return department;
        }
        long active = members.activeIn(code);
        if (active > 0) {
            throw new DepartmentHasActiveMembers(code, active);
        }
        department.deactivate();
        departments.update(department);
        return department;
    }
}
