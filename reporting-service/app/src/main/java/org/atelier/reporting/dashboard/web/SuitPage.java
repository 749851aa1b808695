package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.suit.application.BuildingWhoSewedTheSuit;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who sewed the suit: each churn reason, the tasks it touches, whom the matrix holds responsible, and whom it forgot. */
@Controller
class SuitPage {

    private final BuildingWhoSewedTheSuit suit;
    private final CompanyCalendar calendar;

    SuitPage(BuildingWhoSewedTheSuit suit, CompanyCalendar calendar) {
        this.suit = suit;
        this.calendar = calendar;
    }

    @GetMapping("/who-sewed-the-suit")
    String suit(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String quarter, Model model,
                HttpServletRequest request) {
        int shown = DashboardFilters.year(year, calendar.year());
        Integer q = DashboardFilters.quarter(quarter);
        model.addAttribute("report", suit.forPeriod(user, shown, Optional.ofNullable(q)));
        model.addAttribute("year", shown);
        model.addAttribute("quarter", q);
        model.addAttribute("reasonCodes", ChurnReport.REASONS);
        MainTables.addDownloads(model, request);
        return "dashboard/suit";
    }
}
