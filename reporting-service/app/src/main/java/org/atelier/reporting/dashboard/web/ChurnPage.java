package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.LossFilter;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Why customers leave: the churn report of a year or quarter, optionally of one significance and of the losses naming
 * one department at fault, as charts and their tables.
 */
@Controller
class ChurnPage {

    private final BuildingChurnReport churn;
    private final CompanyCalendar calendar;
    private final DashboardTables tables;
    private final DepartmentLabels departments;

    ChurnPage(BuildingChurnReport churn, CompanyCalendar calendar, DashboardTables tables, DepartmentLabels departments) {
        this.churn = churn;
        this.calendar = calendar;
        this.tables = tables;
        this.departments = departments;
    }

    @GetMapping("/churn")
    String churn(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                 @RequestParam(required = false) String significance, @RequestParam(required = false) String department, Model model,
                 HttpServletRequest request) {
        int shown = DashboardFilters.year(year, calendar.year());
        Integer q = DashboardFilters.quarter(quarter);
        String s = DashboardFilters.oneOf(significance, "significance", ChurnReport.SIGNIFICANCES);
        String d = knownDepartment(department);
        ChurnReport report = churn.forPeriod(user, new ChurnPeriod(shown, Optional.ofNullable(q), Optional.ofNullable(s), Optional.ofNullable(d)));
        model.addAttribute("report", report);
        MainTables.add(model, tables, report.table(), Set.of("asPrimary", "namingIt"), (column, code) -> switch (column) {
            case "asPrimary" -> MainTables.losses(request, "primaryReason", code);
            case "namingIt" -> MainTables.losses(request, "reason", code);
            default -> null;
        }, request);
        MainTables.addOtherDownloads(model, request, report);
        model.addAttribute("year", shown);
        model.addAttribute("quarter", q);
        model.addAttribute("significance", s);
        model.addAttribute("department", d);
        // A head narrows the report to their own department only, so that is all the filter offers them.
        Optional<String> own = ReportPermissions.ownDepartmentOnly(user);
        model.addAttribute("departmentChoices", departments.inForce().stream()
                .filter(choice -> own.map(choice.code()::equals).orElse(true)).toList());
        model.addAttribute("reasons", ChurnReport.REASONS);
        return "dashboard/churn";
    }

    /**
     * The losses behind a number of the churn page, with the same filters (a drill-down is a link, so it can be shared):
     * {@code department} is the page's filter, {@code atFault} the department a cell of its departments' table counts.
     */
    @GetMapping("/churn/losses")
    String losses(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                  @RequestParam(required = false) String significance, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String primaryReason, @RequestParam(required = false) String department,
                  @RequestParam(required = false) String atFault, @RequestParam(required = false) String competitor, Model model) {
        int shown = DashboardFilters.year(year, calendar.year());
        Integer q = DashboardFilters.quarter(quarter);
        String s = DashboardFilters.oneOf(significance, "significance", ChurnReport.SIGNIFICANCES);
        String d = knownDepartment(department);
        LossFilter filter = new LossFilter(DashboardFilters.oneOf(reason, "reason", ChurnReport.REASONS),
                DashboardFilters.oneOf(primaryReason, "primaryReason", ChurnReport.REASONS),
                DashboardFilters.text(atFault, "atFault"), DashboardFilters.text(competitor, "competitor"));
        model.addAttribute("losses", churn.losses(user, new ChurnPeriod(shown, Optional.ofNullable(q), Optional.ofNullable(s),
                Optional.ofNullable(d)), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("year", shown);
        model.addAttribute("quarter", q);
        model.addAttribute("significance", s);
        model.addAttribute("department", d);
        return "dashboard/losses";
    }

    /** A department of the directory, or none; any other value is a bad filter. */
    private String knownDepartment(String department) {
        String code = DashboardFilters.text(department, "department");
        if (code != null && !departments.known(code)) {
            throw new DashboardFilters.BadFilter("department", code);
        }
        return code;
    }
}
