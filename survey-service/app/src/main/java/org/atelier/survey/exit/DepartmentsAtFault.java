package org.atelier.survey.exit;

import org.atelier.directory.Directory;
import org.atelier.survey.common.RuleViolation;

/** Departments at fault must be the directory's departments in force, so the reports can put a name to each. */
public class DepartmentsAtFault {

    private final Directory directory;

    public DepartmentsAtFault(Directory directory) {
        this.directory = directory;
    }

    public void requireInForce(Questionnaire answers) {
        for (Reason reason : answers.reasons()) {
            for (String department : reason.departmentsAtFault()) {
                if (!directory.isInForce(department)) {
                    throw new RuleViolation("departmentsAtFault", "department.unknown", "{0} is not a department in force", department);
                }
            }
        }
    }
}
