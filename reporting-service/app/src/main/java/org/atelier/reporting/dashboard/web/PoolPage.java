package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.pool.PoolReport;
import org.atelier.reporting.dashboard.WhatIfForm;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.security.CurrentUser;
import org.atelier.web.pages.RefusedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual pool of a year, and the what-if panel beside it: the same computation with inputs changed, stored nowhere.
 * The panel is a GET form, so a what-if is a link that can be shared like any other view.
 */
@Controller
class PoolPage {

    private final BuildingPoolReport pool;
    private final CompanyCalendar calendar;
    private final MessageSource messages;
    private final DashboardTables tables;

    PoolPage(BuildingPoolReport pool, CompanyCalendar calendar, MessageSource messages, DashboardTables tables) {
        this.pool = pool;
        this.calendar = calendar;
        this.messages = messages;
        this.tables = tables;
    }

    @GetMapping("/pool")
    String pool(CurrentUser user, @RequestParam(required = false) String year, @RequestParam MultiValueMap<String, String> query,
                Model model, HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        int shown = DashboardFilters.year(year, calendar.year());
        WhatIfForm form = WhatIfForm.read(query.toSingleValueMap());
        model.addAttribute("year", shown);
        model.addAttribute("gateRules", GateRule.values());
        // The claims the pool got its transfers from are the company's, listed for those who see every department's.
        model.addAttribute("claimsOpen", ReportPermissions.ownDepartmentOnly(user).isEmpty());
        if (!form.problems().isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("failure", new RefusedForm("whatif", form.problems().stream()
                    .map(p -> new RefusedForm.FieldError(p.field(), messages.getMessage(p.messageKey(), null, locale)))
                    .toList(), query.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            java.util.Map.Entry::getKey, e -> e.getValue().toArray(String[]::new)))));
            model.addAttribute("report", pool.whatIf(user, shown, WhatIfForm.NOTHING));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            model.addAttribute("report", pool.whatIf(user, shown, form.change()));
        }
        model.addAttribute("form", form);
        PoolReport real = pool.forYear(user, shown);
        MainTables.add(model, tables, real.table(), java.util.Set.of(), null, request);
        MainTables.addOtherDownloads(model, request, real);
        return "dashboard/pool";
    }
}
