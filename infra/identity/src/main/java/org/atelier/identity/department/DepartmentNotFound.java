package org.atelier.identity.department;

/** No department has this code. */
public class DepartmentNotFound extends RuntimeException {

    public DepartmentNotFound(DepartmentCode code) {
        super("No department " + code);
    }
}
