package org.atelier.reporting.dashboard.web;

import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.dashboard.application.BuildingScorecard;
import org.atelier.reporting.table.Tabular;
import org.atelier.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;

/**
 * A scorecard's tables as CSV or XLSX: {@code /scorecard/sales/table.csv?year=2026} (its claims and commendations) and
 * {@code &table=money} (its bonus adjustments), for those who may open the scorecard.
 */
@Controller
class ScorecardDownloads {

    private final BuildingScorecard scorecards;
    private final DashboardTables tables;
    private final CompanyCalendar calendar;

    ScorecardDownloads(BuildingScorecard scorecards, DashboardTables tables, CompanyCalendar calendar) {
        this.scorecards = scorecards;
        this.tables = tables;
        this.calendar = calendar;
    }

    @GetMapping("/scorecard/{department}/table.{format}")
    ResponseEntity<Tabular> scorecard(CurrentUser user, @PathVariable String department, @PathVariable String format,
                                      @RequestParam(required = false) String year, @RequestParam(required = false) String table) {
        var type = DashboardExports.type(format);
        int shown = DashboardFilters.year(year, calendar.year());
        String code = DashboardFilters.text(department, "department");
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new DashboardFilters.BadFilter("department", department);
        }
        String name = "scorecard-" + code + "-" + shown + (table == null || table.isBlank() ? "" : "-" + table);
        return DashboardExports.download(tables, name, format, type, DashboardExports.chosen(scorecards.of(user, code, shown), table));
    }
}
