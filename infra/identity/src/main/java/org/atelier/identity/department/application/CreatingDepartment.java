package org.atelier.identity.department.application;

import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.Departments;

/** Adds a department. */
public class CreatingDepartment {

    public record Command(String code, String nameEn, String nameRu) {
    }

    private final Departments departments;

    public CreatingDepartment(Departments departments) {
        this.departments = departments;
    }

    public Department create(Command command) {
        Department department = Department.create(DepartmentCode.parse(command.code()), command.nameEn(), command.nameRu());
        departments.add(department);
        return department;
    }
}
