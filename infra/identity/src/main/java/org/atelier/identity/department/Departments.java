package org.atelier.identity.department;

import java.util.List;
import java.util.Optional;

/** Where departments are kept. */
public interface Departments {

    Optional<Department> find(DepartmentCode code);

    /** Every department, active or not, ordered by code. */
    List<Department> list();

    boolean isEmpty();

    /** @throws DepartmentAlreadyExists when a new department's code is taken */
    void add(Department department);

    void update(Department department);
}
