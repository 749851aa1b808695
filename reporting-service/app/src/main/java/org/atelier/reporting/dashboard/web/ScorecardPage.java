package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.dashboard.Scorecard;
import org.atelier.reporting.dashboard.ScorecardPermissions;
import org.atelier.reporting.dashboard.application.BuildingScorecard;
import org.atelier.reporting.table.ReportTable;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A department's scorecard: "who sewed the suit?" turned into "we did". A head lands on their own department's; management
 * chooses any department.
 */
@Controller
class ScorecardPage {

    private final BuildingScorecard scorecards;
    private final DepartmentLabels departments;
    private final CompanyCalendar calendar;
    private final DashboardTables tables;

    ScorecardPage(BuildingScorecard scorecards, DepartmentLabels departments, CompanyCalendar calendar, DashboardTables tables) {
        this.scorecards = scorecards;
        this.departments = departments;
        this.calendar = calendar;
        this.tables = tables;
    }

    @GetMapping("/scorecard")
    String choose(CurrentUser user, @RequestParam(required = false) String year, Model model) {
        int shown = DashboardFilters.year(year, calendar.year());
        if (!ScorecardPermissions.mayReadAny(user)) {
            if (user.has(Role.DEPARTMENT_HEAD) && user.department() != null) {
                return "redirect:/scorecard/" + user.department() + "?year=" + shown;
            }
            throw new NotAllowed("The scorecards are for department heads and management");
        }
        model.addAttribute("year", shown);
        model.addAttribute("choices", departments.inForce());
        return "dashboard/scorecards";
    }

    @GetMapping("/scorecard/{department}")
    String scorecard(CurrentUser user, @PathVariable String department, @RequestParam(required = false) String year, Model model,
                     HttpServletRequest request) {
        int shown = DashboardFilters.year(year, calendar.year());
        String code = DashboardFilters.text(department, "department");
        Scorecard card = scorecards.of(user, code, shown);
        model.addAttribute("card", card);
        // Every number opens the claims or decisions behind it: the lists take the rows' names as their counts.
        MainTables.add(model, tables, card.table(), Set.of(), (column, count) -> MainTables.claims(shown, count, code), request);
        ReportTable money = card.tables().get("money");
        model.addAttribute("moneyTable", tables.shown(tables.named(money), DashboardTables.codes(money), Set.of(),
                (column, sum) -> column.startsWith("amount.") ? MainTables.claims(shown, sum, code) : null));
        MainTables.addOtherDownloads(model, request, card);
        model.addAttribute("departmentName", departments.name(code));
        model.addAttribute("year", shown);
        model.addAttribute("mayChoose", ScorecardPermissions.mayReadAny(user));
        return "dashboard/scorecard";
    }
}
