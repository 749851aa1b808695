package org.atelier.reporting.dashboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.atelier.reporting.dashboard.DashboardTable;
import org.atelier.reporting.table.ReportTable;
import org.atelier.web.pages.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns a report's main table into what a person reads: codes named in their language (reasons, departments and
 * lists of them, indicators, matrix flags, what is missing, yes and no), for the page and for the downloads alike; and, for the page, each cell
 * formatted with its value kept for the chart and its drill-down link.
 */
@Component
class DashboardTables {

    private static final Set<String> YES_NO = Set.of("passesPlan", "passesPreviousYear", "passes");
    private static final Map<String, String> ANSWERS = Map.of("true", "pool.yes", "false", "pool.no");

    private final MessageSource messages;
    private final DepartmentLabels departments;

    DashboardTables(MessageSource messages, DepartmentLabels departments) {
        this.messages = messages;
        this.departments = departments;
    }

    /** The table with its codes named in the reader's language; numbers untouched. */
    ReportTable named(ReportTable table) {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<ReportTable.Cell>> rows = new ArrayList<>();
        for (List<ReportTable.Cell> row : table.rows()) {
            List<ReportTable.Cell> named = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                ReportTable.Cell cell = row.get(i);
                named.add(cell instanceof ReportTable.Text text && text.value() != null
                        ? ReportTable.Cell.text(name(table.columns().get(i).key(), text.value(), locale)) : cell);
            }
            rows.add(named);
        }
        return new ReportTable(table.columns(), rows);
    }

    /**
     * The page's rendering of the named table.
     *
     * @param codes the rows' codes (the raw first column), for the links
     * @param link  a column key and a row's code to the link behind that cell, or null for none
     */
    DashboardTable shown(ReportTable table, List<String> codes, Set<String> charted, BiFunction<String, String, String> link) {
        Locale locale = LocaleContextHolder.getLocale();
        Formats formats = new Formats(locale, messages);
        String language = "ru".equals(locale.getLanguage()) ? "ru" : "en";
        List<DashboardTable.Header> headers = table.columns().stream()
                .map(column -> new DashboardTable.Header(column.key(), column.header(language), column.type() != ReportTable.Type.TEXT,
                        charted.contains(column.key())))
                .toList();
        List<List<DashboardTable.Shown>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<DashboardTable.Shown> shown = new ArrayList<>();
            List<ReportTable.Cell> row = table.rows().get(r);
            for (int i = 0; i < row.size(); i++) {
                String key = table.columns().get(i).key();
                String href = link == null || r >= codes.size() ? null : link.apply(key, codes.get(r));
                shown.add(shown(row.get(i), table.columns().get(i), href, formats));
            }
            rows.add(shown);
        }
        return new DashboardTable(headers, rows);
    }

    private static DashboardTable.Shown shown(ReportTable.Cell cell, ReportTable.Column column, String href, Formats formats) {
        if (cell instanceof ReportTable.Whole whole) {
            return new DashboardTable.Shown(formats.number(whole.value()), whole.value(), href);
        }
        if (cell instanceof ReportTable.Money money) {
            return new DashboardTable.Shown(formats.amount(money.minorUnits(), column.currency()), money.minorUnits(), href);
        }
        if (cell instanceof ReportTable.BasisPoints bp) {
            return new DashboardTable.Shown(formats.basisPoints(bp.bp()), bp.bp(), href);
        }
        String text = ((ReportTable.Text) cell).value();
        return new DashboardTable.Shown(text == null ? "—" : text, null, href);
    }

    /** The raw codes of the table's first column, before naming. */
    static List<String> codes(ReportTable table) {
        return table.rows().stream().map(row -> row.get(0) instanceof ReportTable.Text text ? text.value() : null).toList();
    }

    private String name(String column, String code, Locale locale) {
        return switch (column) {
            case "reason" -> messages.getMessage("reason." + code, null, code, locale);
            case "department" -> departments.name(code);
            case "consensusOwners", "owners", "blindSpots", "namedAtFault", "forgotten" -> Arrays.stream(code.split("\\s+"))
                    .filter(part -> !part.isBlank()).map(departments::name).collect(Collectors.joining(", "));
            case "flags" -> Arrays.stream(code.split("\\s+")).filter(part -> !part.isBlank())
                    .map(part -> messages.getMessage("matrix.flag." + part, null, part, locale)).collect(Collectors.joining(", "));
            case "indicator" -> messages.getMessage("indicator." + code, null, code, locale);
            case "significance" -> messages.getMessage("significance." + code, null, code, locale);
            case "count", "sum" -> messages.getMessage("claimList.count." + code, null, code, locale);
            case "customers" -> messages.getMessage("churn.staff." + code, null, code, locale);
            case "step" -> messages.getMessage("lost".equals(code) ? "exit.lost" : "exit.stage." + code, null, code, locale);
            case "outcome" -> messages.getMessage("FILED".equals(code) ? "claims.filed" : "outcome." + code, null, code, locale);
            // The page's own labels, but for the margin's share, which the page words with its figures.
            case "part" -> messages.getMessage("fromMarginGrowth".equals(code) ? "pool.part.fromMarginGrowth" : "pool." + code, null, code,
                    locale);
            case "missing" -> Arrays.stream(code.split("\\s+")).filter(part -> !part.isBlank())
                    .map(part -> messages.getMessage("missing." + part, null, part, locale)).collect(Collectors.joining(", "));
            default -> YES_NO.contains(column) && ANSWERS.containsKey(code) ? messages.getMessage(ANSWERS.get(code), null, code, locale) : code;
        };
    }
}
