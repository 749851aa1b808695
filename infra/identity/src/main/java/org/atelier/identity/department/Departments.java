package org.atelier.identity.department;

import java.util.List;
import java.util.Optional;

/** Where departments are kept. */
public interface Departments {

    Optional<Department> find(DepartmentCode code);

    /** Every department, active or not, ordered by code. */
    List<Department> list();

    boolean isEmpty();

    /**
     * Stores a new department with its {@link Department#newChanges()}, in one write.
     *
     * @throws DepartmentAlreadyExists when a new department's code is taken
     */
    void add(Department department);

    /**
     * Stores a department's new state with its {@link Department#newChanges()}, in one write, if nobody changed it
     * since it was loaded.
     *
     * @throws DepartmentNotFound         when there is no such department
     * @throws DepartmentChangedMeanwhile when it was changed in the meantime
     */
    void update(Department department);
}
