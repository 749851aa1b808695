package org.atelier.reporting.dashboard.web;

import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.dashboard.application.BuildingOverview;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The management overview at the service's root: the year's key figures beside last year's, each a link to its page. */
@Controller
class OverviewPage {

    private final BuildingOverview overview;
    private final CompanyCalendar calendar;

    OverviewPage(BuildingOverview overview, CompanyCalendar calendar) {
        this.overview = overview;
        this.calendar = calendar;
    }

    @GetMapping("/")
    String overview(CurrentUser user, @RequestParam(required = false) String year, Model model) {
        int shown = DashboardFilters.year(year, calendar.year());
        model.addAttribute("overview", overview.ofYear(user, shown));
        model.addAttribute("year", shown);
        return "dashboard/overview";
    }
}
