package org.atelier.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import org.springframework.ui.Model;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** Puts a page's main table and its two download links (the page's own filters kept) into the model. */
final class MainTables {

    /** The filters the dashboards' pages take; a link or a download keeps them. */
    private static final List<String> FILTERS = List.of("year", "quarter", "significance", "department", "level");

    private MainTables() {
    }

    static void add(Model model, DashboardTables tables, ReportTable table, Set<String> charted, BiFunction<String, String, String> link,
                    HttpServletRequest request) {
        model.addAttribute("mainTable", tables.shown(tables.named(table), DashboardTables.codes(table), charted, link));
        addDownloads(model, request);
    }

    /** The two download links of one table. */
    record Download(String csv, String xlsx) {
    }

    /**
     * The download links of the report's other tables, by name ({@code others}), the page's filters kept: the page puts
     * each under its table.
     */
    static void addOtherDownloads(Model model, HttpServletRequest request, Tabular report) {
        String path = request.getRequestURI();
        Map<String, Download> others = new LinkedHashMap<>();
        report.tables().keySet().forEach(name -> others.put(name, new Download(
                withFilters(request, path + "/table.csv").queryParam("table", name).build().encode().toUriString(),
                withFilters(request, path + "/table.xlsx").queryParam("table", name).build().encode().toUriString())));
        model.addAttribute("others", others);
    }

    /** The two download links of the page's table, for a page that draws its table itself (the heatmap). */
    static void addDownloads(Model model, HttpServletRequest request) {
        String path = request.getRequestURI();
        model.addAttribute("csvUrl", withFilters(request, path + "/table.csv").build().encode().toUriString());
        model.addAttribute("xlsxUrl", withFilters(request, path + "/table.xlsx").build().encode().toUriString());
    }

    /** The page's filters, as the request carried them, on another path. */
    private static UriComponentsBuilder withFilters(HttpServletRequest request, String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (String filter : FILTERS) {
            String value = request.getParameter(filter);
            if (value != null && !value.isBlank()) {
                uri.queryParam(filter, value);
            }
        }
        return uri;
    }

    /** A link to the losses behind a number of the churn page: its filters, and the one criterion the cell counts by. */
    static String losses(HttpServletRequest request, String criterion, String code) {
        return withFilters(request, "/churn/losses").queryParam(criterion, code).build().encode().toUriString();
    }

    /** A link to the claims behind a number of a department's row on the claims page. */
    static String claims(int year, String count, String department) {
        return UriComponentsBuilder.fromPath("/claims/list").queryParam("year", year).queryParam("count", count)
                .queryParam("department", department).build().encode().toUriString();
    }
}
