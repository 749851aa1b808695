package org.atelier.survey.exit.application;

import java.util.List;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.atelier.survey.exit.CaseNotFound;
import org.atelier.survey.exit.CasePermissions;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.ExitRound;

/** Reading cases: one case, a person's worklist, a year's exit round. */
public class FindingCases {

    private final ExitInterviews cases;
    private final CompanyCalendar calendar;

    public FindingCases(ExitInterviews cases, CompanyCalendar calendar) {
        this.cases = cases;
        this.calendar = calendar;
    }

    public ExitInterview caseFor(CurrentUser caller, String caseId) {
        ExitInterview found = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CasePermissions.checkMayRead(caller, found);
        return found;
    }

    /** The caller's own cases and, for a department head, every case of their department. */
    public List<ExitInterview> worklist(CurrentUser caller) {
        CasePermissions.checkMayHaveWorklist(caller);
        String department = caller.has(Role.DEPARTMENT_HEAD) ? caller.department() : null;
        return cases.worklist(caller.username(), department);
    }

    public ExitRound exitRound(CurrentUser caller, int year) {
        CasePermissions.checkMayReadExitRounds(caller);
        return ExitRound.of(year, cases.lostIn(year), calendar.today());
    }

    public java.time.LocalDate today() {
        return calendar.today();
    }
}
