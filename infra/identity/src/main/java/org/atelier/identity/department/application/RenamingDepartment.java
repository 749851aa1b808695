package org.atelier.identity.department.application;

import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.Departments;

/** Gives a department new English and Russian names; its code, which tokens and records carry, stays. */
public class RenamingDepartment {

    public record Command(String code, String nameEn, String nameRu) {
    }

    private final Departments departments;

    public RenamingDepartment(Departments departments) {
        this.departments = departments;
    }

    /** @return the department as now stored */
    public Department rename(Command command) {
        DepartmentCode code = DepartmentCode.parse(command.code());
        Department department = departments.find(code).orElseThrow(() -> new DepartmentNotFound(code));
        department.rename(command.nameEn(), command.nameRu());
        if (!department.newChanges().isEmpty()) {
            departments.update(department);
        }
        return department;
    }
}
