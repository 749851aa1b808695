package org.atelier.loyalty.customer;

import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.loyalty.common.RuleViolation;

/**
 * Which departments a record may name, as the company directory says (the identity provider's departments, read
 * from its events): anything new names a department in force; a department closed since keeps its place on the
 * records that already named it, so a profile saved again with its old department is not refused for it.
 */
public final class DepartmentNaming {

    private final Directory directory;

    public DepartmentNaming(Directory directory) {
        this.directory = directory;
    }

    /**
     * @param field the field a refusal names
     * @throws RuleViolation when the directory does not know the department, or it is closed
     */
    public DepartmentCode requireInForce(DepartmentCode code, String field) {
        DirectoryDepartment department = directory.department(code.value()).orElseThrow(() -> unknown(code, field));
        if (!department.inForce()) {
            throw new RuleViolation(field, "closedDepartment", "The department ''{0}'' is closed; name a department in force", code.value());
        }
        return code;
    }

    /** As {@link #requireInForce}, except that the department the record already names may stay, closed or not. */
    public DepartmentCode requireInForceOrKept(DepartmentCode code, DepartmentCode kept, String field) {
        return code.equals(kept) ? code : requireInForce(code, field);
    }

    private RuleViolation unknown(DepartmentCode code, String field) {
        if ("departmentsAtFault".equals(field)) {
            return new RuleViolation(field, "unknownDepartmentOf", "Unknown department ''{0}''; known: {1}", code.value(),
                    directory.departmentsInForce().stream().map(DirectoryDepartment::code).toList().toString());
        }
        return new RuleViolation(field, "unknownDepartment", "Unknown department ''{0}''", code.value());
    }
}
