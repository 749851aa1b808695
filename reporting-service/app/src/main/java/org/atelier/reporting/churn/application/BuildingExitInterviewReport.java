package org.atelier.reporting.churn.application;

import java.util.List;
import org.atelier.reporting.churn.ExitInterviewReport;
import org.atelier.reporting.churn.InterviewCases;
import org.atelier.reporting.churn.InterviewFacts;
import org.atelier.reporting.churn.LostCustomers;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.security.CurrentUser;

public class BuildingExitInterviewReport {

    private final LostCustomers lostCustomers;
    private final InterviewFacts interviews;

    public BuildingExitInterviewReport(LostCustomers lostCustomers, InterviewFacts interviews) {
        this.lostCustomers = lostCustomers;
        this.interviews = interviews;
    }

    public ExitInterviewReport forYear(CurrentUser caller, int year) {
        ReportPermissions.checkMayReadReports(caller);
        ExitInterviewReport report = ExitInterviewReport.of(year, lostCustomers.ofYear(year), interviews.ofYear(year));
        return ReportPermissions.ownDepartmentOnly(caller).map(report::ofDepartmentOnly).orElse(report);
    }

    /** The cases behind a step of the year's funnel, as many as the step counts. */
    public List<InterviewCases.Case> cases(CurrentUser caller, int year, InterviewCases.Step step) {
        ReportPermissions.checkMayReadReports(caller);
        return InterviewCases.behind(year, step, lostCustomers.ofYear(year), interviews.ofYear(year));
    }
}
