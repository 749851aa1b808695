package org.atelier.reporting.table;

import java.util.Map;

/**
 * A report with a main table: {@code Accept: text/csv} on its endpoint returns that table as CSV, with nothing to add to
 * its controller but {@code text/csv} among what it produces.
 */
public interface Tabular {

    /** The report's main table, with the same figures its JSON has. */
    ReportTable table();

    /**
     * Its other tables (those its dashboard shows beside the main one), by the name their downloads take
     * ({@code ?table=departments}), in the order the page shows them.
     */
    default Map<String, ReportTable> tables() {
        return Map.of();
    }
}
