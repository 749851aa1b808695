package org.atelier.loyalty.customer;

import java.util.Set;

/** The departments of the company, as far as this service needs to know them. */
public interface KnownDepartments {

    Set<DepartmentCode> all();

    default boolean contains(DepartmentCode code) {
        return all().contains(code);
    }
}
