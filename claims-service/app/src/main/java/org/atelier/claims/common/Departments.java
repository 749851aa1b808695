package org.atelier.claims.common;

import java.util.List;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;

/** The departments new records may name, and their heads, as the directory replica knows them. */
public final class Departments {

    private final Directory directory;

    public Departments(Directory directory) {
        this.directory = directory;
    }

    /** @throws RuleViolation against the field when the directory has no such department in force */
    public String requireInForce(String field, String code) {
        if (code == null || !directory.isInForce(code)) {
            throw new RuleViolation(field, "unknownDepartment", "''{0}'' is not a department in force in the company directory", String.valueOf(code));
        }
        return code;
    }

    /** Every active head of every department in force, ordered by department and username. */
    public List<Head> heads() {
        return directory.departmentsInForce().stream().map(DirectoryDepartment::code)
                .flatMap(code -> directory.headsOf(code).stream().map(person -> new Head(person.username(), code))).toList();
    }

    /** The codes of every department in force, in the directory's order. */
    public List<String> codesInForce() {
        return directory.departmentsInForce().stream().map(DirectoryDepartment::code).toList();
    }
}
