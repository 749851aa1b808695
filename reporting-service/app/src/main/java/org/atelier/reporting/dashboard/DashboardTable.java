package org.atelier.reporting.dashboard;

import java.util.List;

/**
 * A report's main table as a dashboard shows it: the headers and cells in the reader's language and formats, each
 * number's value for the chart drawn from it, and the link to the list behind it where there is one. It is built from
 * the same table the page's CSV and spreadsheet downloads write, so the page and the files always agree.
 */
public record DashboardTable(List<Header> headers, List<List<Shown>> rows) {

    /** @param numeric whether the column is a number (right-aligned, charted when {@code charted}) */
    public record Header(String key, String text, boolean numeric, boolean charted) {
    }

    /** @param value the number behind the text, for the chart; null for text and missing values */
    public record Shown(String text, Number value, String href) {
    }
}
