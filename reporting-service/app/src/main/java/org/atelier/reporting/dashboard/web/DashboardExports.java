package org.atelier.reporting.dashboard.web;

import java.util.Optional;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import org.atelier.reporting.table.web.ReportTableCsvConverter;
import org.atelier.reporting.table.web.ReportTableXlsxConverter;
import org.atelier.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The downloads of the dashboards' main tables, CSV (Apache Commons CSV) and XLSX (Apache POI), with the page's
 * filters applied and the codes named in the reader's language: {@code /churn/table.csv?year=2026&quarter=2}. The
 * file is the table the page shows under its chart.
 */
@Controller
class DashboardExports {

    private final BuildingChurnReport churn;
    private final BuildingExitInterviewReport interviews;
    private final BuildingClaimOutcomesReport claims;
    private final BuildingPoolReport pool;
    private final DashboardTables tables;
    private final CompanyCalendar calendar;

    DashboardExports(BuildingChurnReport churn, BuildingExitInterviewReport interviews, BuildingClaimOutcomesReport claims,
                     BuildingPoolReport pool, DashboardTables tables, CompanyCalendar calendar) {
        this.churn = churn;
        this.interviews = interviews;
        this.claims = claims;
        this.pool = pool;
        this.tables = tables;
        this.calendar = calendar;
    }

    @GetMapping({"/churn/table.{format}", "/exit-interviews/table.{format}", "/claims/table.{format}", "/pool/table.{format}"})
    ResponseEntity<Tabular> export(CurrentUser user, jakarta.servlet.http.HttpServletRequest request, @PathVariable String format,
                                   @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                                   @RequestParam(required = false) String significance) {
        MediaType type = switch (format) {
            case "csv" -> ReportTableCsvConverter.TEXT_CSV;
            case "xlsx" -> ReportTableXlsxConverter.XLSX;
            default -> throw new DashboardFilters.BadFilter("format", format);
        };
        int shown = DashboardFilters.year(year, calendar.year());
        String view = request.getRequestURI().substring(1, request.getRequestURI().indexOf("/table."));
        ReportTable table = switch (view) {
            case "churn" -> churn.forPeriod(user, new ChurnPeriod(shown, Optional.ofNullable(DashboardFilters.quarter(quarter)),
                    Optional.ofNullable(DashboardFilters.oneOf(significance, "significance", ChurnReport.SIGNIFICANCES)))).table();
            case "exit-interviews" -> interviews.forYear(user, shown).table();
            case "claims" -> claims.forYear(user, shown).table();
            default -> pool.forYear(user, shown).table();
        };
        ReportTable named = tables.named(table);
        String file = view + "-" + shown + "." + format;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(() -> named);
    }
}
