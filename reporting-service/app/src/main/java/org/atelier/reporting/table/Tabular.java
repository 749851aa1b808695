package org.atelier.reporting.table;

/**
 * A report with a main table: {@code Accept: text/csv} on its endpoint returns that table as CSV, with nothing to add to
 * its controller but {@code text/csv} among what it produces.
 */
public interface Tabular {

    /** The report's main table, with the same figures its JSON has. */
    ReportTable table();
}
