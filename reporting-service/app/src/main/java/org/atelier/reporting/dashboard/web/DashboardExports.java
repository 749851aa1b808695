package org.atelier.reporting.dashboard.web;

import java.util.Arrays;
import java.util.Optional;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.reporting.churn.ChurnPeriod;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.reporting.claims.application.BuildingClaimOutcomesReport;
import org.atelier.reporting.matrix.Level;
import org.atelier.reporting.matrix.application.BuildingMatrixReport;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.reporting.suit.application.BuildingWhoSewedTheSuit;
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
 * The downloads of the dashboards' tables, CSV (Apache Commons CSV) and XLSX (Apache POI), with the page's filters
 * applied and the codes named in the reader's language: {@code /churn/table.csv?year=2026&quarter=2}, the heatmap at
 * {@code /matrix/{campaignId}/table.xlsx?level=DIVISION_HEAD}. Each file is the report's table, the one the page shows
 * (or, for the heatmap and "who sewed the suit", draws), with the same figures the API's CSV has.
 */
@Controller
class DashboardExports {

    private final BuildingChurnReport churn;
    private final BuildingExitInterviewReport interviews;
    private final BuildingClaimOutcomesReport claims;
    private final BuildingPoolReport pool;
    private final BuildingMatrixReport matrix;
    private final BuildingWhoSewedTheSuit suit;
    private final DashboardTables tables;
    private final CompanyCalendar calendar;

    DashboardExports(BuildingChurnReport churn, BuildingExitInterviewReport interviews, BuildingClaimOutcomesReport claims,
                     BuildingPoolReport pool, BuildingMatrixReport matrix, BuildingWhoSewedTheSuit suit, DashboardTables tables,
                     CompanyCalendar calendar) {
        this.churn = churn;
        this.interviews = interviews;
        this.claims = claims;
        this.pool = pool;
        this.matrix = matrix;
        this.suit = suit;
        this.tables = tables;
        this.calendar = calendar;
    }

    @GetMapping("/churn/table.{format}")
    ResponseEntity<Tabular> churn(CurrentUser user, @PathVariable String format, @RequestParam(required = false) String year,
                                  @RequestParam(required = false) String quarter, @RequestParam(required = false) String significance,
                                  @RequestParam(required = false) String department, @RequestParam(required = false) String table) {
        MediaType type = type(format);
        int shown = DashboardFilters.year(year, calendar.year());
        ChurnPeriod period = new ChurnPeriod(shown, Optional.ofNullable(DashboardFilters.quarter(quarter)),
                Optional.ofNullable(DashboardFilters.oneOf(significance, "significance", ChurnReport.SIGNIFICANCES)),
                Optional.ofNullable(DashboardFilters.text(department, "department")));
        return download("churn-" + shown, format, type, chosen(churn.forPeriod(user, period), table), table);
    }

    @GetMapping("/exit-interviews/table.{format}")
    ResponseEntity<Tabular> exitInterviews(CurrentUser user, @PathVariable String format, @RequestParam(required = false) String year,
                                           @RequestParam(required = false) String table) {
        MediaType type = type(format);
        int shown = DashboardFilters.year(year, calendar.year());
        return download("exit-interviews-" + shown, format, type, chosen(interviews.forYear(user, shown), table), table);
    }

    @GetMapping("/claims/table.{format}")
    ResponseEntity<Tabular> claims(CurrentUser user, @PathVariable String format, @RequestParam(required = false) String year,
                                   @RequestParam(required = false) String table) {
        MediaType type = type(format);
        int shown = DashboardFilters.year(year, calendar.year());
        return download("claims-" + shown, format, type, chosen(claims.forYear(user, shown), table), table);
    }

    @GetMapping("/pool/table.{format}")
    ResponseEntity<Tabular> pool(CurrentUser user, @PathVariable String format, @RequestParam(required = false) String year,
                                 @RequestParam(required = false) String table) {
        MediaType type = type(format);
        int shown = DashboardFilters.year(year, calendar.year());
        return download("pool-" + shown, format, type, chosen(pool.forYear(user, shown), table), table);
    }

    @GetMapping("/matrix/{campaignId}/table.{format}")
    ResponseEntity<Tabular> heatmap(CurrentUser user, @PathVariable String campaignId, @PathVariable String format,
                                    @RequestParam(required = false) String level) {
        MediaType type = type(format);
        String id = DashboardFilters.uuid(campaignId, "campaign");
        String chosen = DashboardFilters.oneOf(level, "level", Arrays.stream(Level.values()).map(Enum::name).toList());
        ReportTable heatmap = matrix.forCampaign(user, id, Optional.ofNullable(chosen).map(Level::valueOf)).table();
        return download("matrix-" + id + (chosen == null ? "" : "-" + chosen), format, type, heatmap);
    }

    @GetMapping("/who-sewed-the-suit/table.{format}")
    ResponseEntity<Tabular> whoSewedTheSuit(CurrentUser user, @PathVariable String format, @RequestParam(required = false) String year,
                                            @RequestParam(required = false) String quarter) {
        MediaType type = type(format);
        int shown = DashboardFilters.year(year, calendar.year());
        Integer q = DashboardFilters.quarter(quarter);
        return download("who-sewed-the-suit-" + shown + (q == null ? "" : "-q" + q), format, type,
                suit.forPeriod(user, shown, Optional.ofNullable(q)).table());
    }

    static MediaType type(String format) {
        return switch (format) {
            case "csv" -> ReportTableCsvConverter.TEXT_CSV;
            case "xlsx" -> ReportTableXlsxConverter.XLSX;
            default -> throw new DashboardFilters.BadFilter("format", format);
        };
    }

    /** The report's main table, or the other one named (a name it does not have is a bad filter). */
    static ReportTable chosen(Tabular report, String table) {
        if (table == null || table.isBlank()) {
            return report.table();
        }
        ReportTable other = report.tables().get(table);
        if (other == null) {
            throw new DashboardFilters.BadFilter("table", table);
        }
        return other;
    }

    private ResponseEntity<Tabular> download(String name, String format, MediaType type, ReportTable table, String which) {
        return download(tables, which == null || which.isBlank() ? name : name + "-" + which, format, type, table);
    }

    private ResponseEntity<Tabular> download(String name, String format, MediaType type, ReportTable table) {
        return download(tables, name, format, type, table);
    }

    /** The table, its codes named in the reader's language, as an attachment of the format's type. */
    static ResponseEntity<Tabular> download(DashboardTables tables, String name, String format, MediaType type, ReportTable table) {
        ReportTable named = tables.named(table);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + "." + format).build().toString())
                .body(() -> named);
    }
}
