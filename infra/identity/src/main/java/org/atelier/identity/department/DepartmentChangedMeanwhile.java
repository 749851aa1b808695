package org.atelier.identity.department;

/** Someone else changed the department since it was loaded; the change was not applied. */
public class DepartmentChangedMeanwhile extends RuntimeException {

    public DepartmentChangedMeanwhile(DepartmentCode code) {
        super("Department " + code + " was changed by someone else; reload and try again");
    }
}
