package org.atelier.reporting.dashboard.web;

import org.atelier.calendar.CompanyCalendar;
import java.util.Set;
import java.util.TreeSet;
import org.atelier.reporting.claims.ClaimOutcomesReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** How internal claims end: outcomes, the money moved and commendations, company-wide and per department. */
@Controller
class ClaimsPage {

    private final BuildingClaimOutcomesReport claims;
    private final CompanyCalendar calendar;
    private final DashboardTables tables;

    ClaimsPage(BuildingClaimOutcomesReport claims, CompanyCalendar calendar, DashboardTables tables) {
        this.claims = claims;
        this.calendar = calendar;
        this.tables = tables;
    }

    @GetMapping("/claims")
    String claims(CurrentUser user, @RequestParam(required = false) String year, Model model,
                  jakarta.servlet.http.HttpServletRequest request) {
        int shown = DashboardFilters.year(year, calendar.year());
        ClaimOutcomesReport report = claims.forYear(user, shown);
        ClaimOutcomesReport.Totals totals = report.totals();
        Set<String> currencies = new TreeSet<>(totals.deductions().keySet());
        currencies.addAll(totals.commendationsGranted().keySet());
        model.addAttribute("report", report);
        MainTables.add(model, tables, report.table(), Set.of(), (column, code) -> "department".equals(column)
                ? "/scorecard/" + code + "?year=" + shown : null, request);
        model.addAttribute("currencies", currencies);
        model.addAttribute("year", shown);
        return "dashboard/claims";
    }
}
