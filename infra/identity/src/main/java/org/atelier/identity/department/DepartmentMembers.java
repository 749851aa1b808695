package org.atelier.identity.department;

/** How many active people a department has: the people are kept by the users' side, which answers this. */
@FunctionalInterface
public interface DepartmentMembers {

    long activeIn(DepartmentCode code);
}
