package org.atelier.identity.department.application;

import org.atelier.identity.department.DefaultDepartments;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentAlreadyExists;
import org.atelier.identity.department.Departments;

/** Gives a new installation its default departments; an installation that has any keeps its own. */
public class SeedingDepartments {

    private final Departments departments;

    public SeedingDepartments(Departments departments) {
        this.departments = departments;
    }

    /** @return whether the defaults were added */
    public boolean seedIfEmpty() {
        if (!departments.isEmpty()) {
            return false;
        }
        for (Department department : DefaultDepartments.all()) {
            try {
                departments.add(department);
            } catch (DepartmentAlreadyExists raced) {
                // Another instance starting at the same moment added it first; the result is the same.
            }
        }
        return true;
    }
}
