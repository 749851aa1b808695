package org.atelier.survey.exit.application;

import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.Directory;
import org.atelier.security.CurrentUser;
import org.atelier.survey.exit.AttemptOutcome;
import org.atelier.survey.exit.CaseNotFound;
import org.atelier.survey.exit.CasePermissions;
import org.atelier.survey.exit.CasePolicy;
import org.atelier.survey.exit.DepartmentsAtFault;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.OutreachChannel;
import org.atelier.survey.exit.Questionnaire;

/** The assignee's work on a case: logging attempts, recording the interview. */
public class WorkingCases {

    private final ExitInterviews cases;
    private final Directory directory;
    private final CasePolicy policy;
    private final CompanyCalendar calendar;

    public WorkingCases(ExitInterviews cases, Directory directory, CasePolicy policy, CompanyCalendar calendar) {
        this.cases = cases;
        this.directory = directory;
        this.policy = policy;
        this.calendar = calendar;
    }

    public ExitInterview logAttempt(CurrentUser caller, String caseId, OutreachChannel channel, LocalDate on, AttemptOutcome outcome) {
        ExitInterview exitInterview = workable(caller, caseId);
        exitInterview.logAttempt(channel, on, outcome, caller.username(), calendar.today(), policy, calendar.now());
        cases.save(exitInterview);
        return exitInterview;
    }

    public ExitInterview completeByInterview(CurrentUser caller, String caseId, OutreachChannel channel, LocalDate on, Questionnaire answers) {
        ExitInterview exitInterview = workable(caller, caseId);
        new DepartmentsAtFault(directory).requireInForce(answers);
        exitInterview.completeByInterview(channel, on, answers, caller.username(), calendar.today(), calendar.now());
        cases.save(exitInterview);
        return exitInterview;
    }

    private ExitInterview workable(CurrentUser caller, String caseId) {
        ExitInterview exitInterview = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        CasePermissions.checkMayWork(caller, exitInterview);
        return exitInterview;
    }
}
