package org.atelier.reporting.dashboard.web;

/**
 * A filter a person typed or a link carried, read leniently where a default is obvious (no year: this year) and
 * refused with a readable page otherwise; the reports' own limits apply.
 */
final class DashboardFilters {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2999;

    private DashboardFilters() {
    }

    static int year(String value, int thisYear) {
        if (value == null || value.isBlank()) {
            return thisYear;
        }
        int year = integer(value, "year");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadFilter("year", value);
        }
        return year;
    }

    static Integer quarter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int quarter = integer(value, "quarter");
        if (quarter < 1 || quarter > 4) {
            throw new BadFilter("quarter", value);
        }
        return quarter;
    }

    static String oneOf(String value, String filter, java.util.List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new BadFilter(filter, value);
        }
        return value;
    }

    /** A free-text criterion (a department's code, a competitor's name), bounded in length. */
    static String text(String value, String filter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw new BadFilter(filter, value);
        }
        return value.strip();
    }

    /** A campaign's id as the survey gives it (a UUID), in lower case. */
    static String uuid(String value, String filter) {
        if (value == null || !value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new BadFilter(filter, value == null ? "" : value);
        }
        return value.toLowerCase(java.util.Locale.ROOT);
    }

    private static int integer(String value, String filter) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadFilter(filter, value);
        }
    }

    /** A filter the dashboards cannot show: the page says which and what was given. */
    static final class BadFilter extends RuntimeException {

        private final String filter;
        private final String given;

        BadFilter(String filter, String given) {
            super("Filter " + filter + " cannot be " + given);
            this.filter = filter;
            this.given = given.length() > 40 ? given.substring(0, 40) + "…" : given;
        }

        String filter() {
            return filter;
        }

        String given() {
            return given;
        }
    }
}
