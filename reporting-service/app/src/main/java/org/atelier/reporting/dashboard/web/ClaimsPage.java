package org.atelier.reporting.dashboard.web;

import org.atelier.calendar.CompanyCalendar;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.claims.ClaimList;
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
        MainTables.add(model, tables, report.table(), Set.of(), (column, code) -> {
            if ("department".equals(column)) {
                return "/scorecard/" + code + "?year=" + shown;
            }
            // A sum of money has a column per currency (deducted.RUB): its list is the decisions that moved it.
            String number = ClaimList.DEPARTMENT_COUNTS.contains(column) || column.lastIndexOf('.') < 0 ? column
                    : column.substring(0, column.lastIndexOf('.'));
            return ClaimList.DEPARTMENT_COUNTS.contains(number) ? MainTables.claims(shown, number, code) : null;
        }, request);
        MainTables.addOtherDownloads(model, request, report);
        // The company's totals open their lists for those who see every department's claims.
        model.addAttribute("totalsOpen", ReportPermissions.ownDepartmentOnly(user).isEmpty());
        model.addAttribute("currencies", currencies);
        model.addAttribute("year", shown);
        return "dashboard/claims";
    }

    /** The claims behind a number of the claims page: of a department's row, or of the company's totals. */
    @GetMapping("/claims/list")
    String list(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String count,
                @RequestParam(required = false) String department, Model model) {
        int shown = DashboardFilters.year(year, calendar.year());
        String of = DashboardFilters.text(department, "department");
        String counted = DashboardFilters.oneOf(count, "count", of == null ? ClaimList.COMPANY_COUNTS : ClaimList.DEPARTMENT_COUNTS);
        if (counted == null) {
            throw new DashboardFilters.BadFilter("count", "");
        }
        List<ClaimList.Item> items = claims.list(user, shown, counted, of);
        model.addAttribute("items", items);
        model.addAttribute("sums", ClaimList.sums(items));
        model.addAttribute("year", shown);
        model.addAttribute("count", counted);
        model.addAttribute("department", of);
        return "dashboard/claim-list";
    }
}
