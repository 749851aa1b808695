package org.atelier.reporting.dashboard.web;

import org.atelier.calendar.CompanyCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.ExitInterviewReport;
import org.atelier.reporting.churn.InterviewCases;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The year's exit round: the funnel against the article's 25–30 %, and sales' reasons beside the customers' own. */
@Controller
class ExitInterviewsPage {

    private final BuildingExitInterviewReport interviews;
    private final CompanyCalendar calendar;
    private final DashboardTables tables;

    ExitInterviewsPage(BuildingExitInterviewReport interviews, CompanyCalendar calendar, DashboardTables tables) {
        this.interviews = interviews;
        this.calendar = calendar;
        this.tables = tables;
    }

    @GetMapping("/exit-interviews")
    String exitInterviews(CurrentUser user, @RequestParam(required = false) String year, Model model,
                          jakarta.servlet.http.HttpServletRequest request) {
        int shown = DashboardFilters.year(year, calendar.year());
        ExitInterviewReport report = interviews.forYear(user, shown);
        ExitInterviewReport.Funnel funnel = report.funnel();
        Map<String, Integer> stages = new LinkedHashMap<>();
        for (InterviewCases.Step step : InterviewCases.Step.values()) {
            stages.put(step.code(), funnel.count(step));
        }
        model.addAttribute("report", report);
        MainTables.add(model, tables, report.table(), java.util.Set.of("bySales", "byCustomers"), null, request);
        MainTables.addOtherDownloads(model, request, report);
        model.addAttribute("stages", stages);
        model.addAttribute("year", shown);
        model.addAttribute("reasons", ChurnReport.REASONS);
        return "dashboard/exit-interviews";
    }

    /** The cases behind a step of the funnel. */
    @GetMapping("/exit-interviews/cases")
    String cases(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String step, Model model) {
        int shown = DashboardFilters.year(year, calendar.year());
        InterviewCases.Step counted = InterviewCases.Step.ofCode(DashboardFilters.oneOf(step, "step", InterviewCases.Step.codes()))
                .orElseThrow(() -> new DashboardFilters.BadFilter("step", ""));
        model.addAttribute("cases", interviews.cases(user, shown, counted));
        model.addAttribute("year", shown);
        model.addAttribute("step", counted.code());
        return "dashboard/interview-cases";
    }
}
