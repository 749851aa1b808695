package org.atelier.reporting.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report's main table, typed: columns with a key and headers in Russian and English, and rows of typed cells. It is
 * what {@code Accept: text/csv} returns for a report; the JSON carries the same figures in its own shape.
 */
public record ReportTable(List<Column> columns, List<List<Cell>> rows) {

    /** How a column's values are written: text as is, the numbers as whole numbers (money in minor units). */
    public enum Type { TEXT, INTEGER, MONEY, BASIS_POINTS }

    /**
     * @param key      stable, for programs (the CSV header is in the reader's language, the key is not)
     * @param en       the English header, without its unit: a money column adds its currency and unit itself
     * @param ru       the Russian header, likewise
     * @param currency a money column's ISO 4217 currency; null for other columns, and for money the report has no
     *                 currency for yet (then every cell of the column is empty)
     */
    public record Column(String key, String en, String ru, Type type, String currency) {

        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(en, "en");
            Objects.requireNonNull(ru, "ru");
            Objects.requireNonNull(type, "type");
            if (currency != null && type != Type.MONEY) {
                throw new IllegalArgumentException("column " + key + " is " + type + " and has no currency");
            }
        }

        /** A column that is not money, or money whose currency the report does not know. */
        public Column(String key, String en, String ru, Type type) {
            this(key, en, ru, type, null);
        }

        /** The header as the page and the spreadsheet show it: a money column with its currency ("Deducted, RUB"). */
        public String header(String language) {
            String header = "ru".equals(language) ? ru : en;
            return currency == null ? header : header + ", " + currency;
        }

        /** The header as the CSV writes it: a money column also says its amounts are in minor units. */
        public String headerInMinorUnits(String language) {
            if (type != Type.MONEY) {
                return header(language);
            }
            return header(language) + ("ru".equals(language) ? " (в копейках/центах)" : " (minor units)");
        }
    }

    /** One value; {@link #written()} is how CSV shows it, the empty text for a missing value. */
    public sealed interface Cell {

        String written();

        static Cell text(String value) {
            return new Text(value);
        }

        static Cell integer(Number value) {
            return new Whole(value == null ? null : value.longValue());
        }

        static Cell money(Long minorUnits) {
            return new Money(minorUnits);
        }

        static Cell basisPoints(Integer bp) {
            return new BasisPoints(bp);
        }
    }

    public record Text(String value) implements Cell {
        @Override
        public String written() {
            return value == null ? "" : value;
        }
    }

    public record Whole(Long value) implements Cell {
        @Override
        public String written() {
            return value == null ? "" : value.toString();
        }
    }

    /** An amount in the currency's minor units (the column says which currency), exact as in the JSON. */
    public record Money(Long minorUnits) implements Cell {
        @Override
        public String written() {
            return minorUnits == null ? "" : minorUnits.toString();
        }
    }

    /** A share in basis points (1 = 0.01 %), rounded down as the report computed it; empty where the report has none. */
    public record BasisPoints(Integer bp) implements Cell {
        @Override
        public String written() {
            return bp == null ? "" : bp.toString();
        }
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> List.copyOf(row)).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size() + " columns");
            }
            for (int i = 0; i < row.size(); i++) {
                if (!fits(columns.get(i).type(), row.get(i))) {
                    throw new IllegalArgumentException("column " + columns.get(i).key() + " is " + columns.get(i).type()
                            + ", not " + row.get(i).getClass().getSimpleName());
                }
            }
        }
    }

    private static boolean fits(Type type, Cell cell) {
        return switch (type) {
            case TEXT -> cell instanceof Text;
            case INTEGER -> cell instanceof Whole;
            case MONEY -> cell instanceof Money;
            case BASIS_POINTS -> cell instanceof BasisPoints;
        };
    }

    /** Builds a table column by column and row by row. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        public Builder column(String key, String en, String ru, Type type) {
            columns.add(new Column(key, en, ru, type));
            return this;
        }

        /** A money column in the currency's minor units; {@code currency} null when the report has none yet. */
        public Builder money(String key, String en, String ru, String currency) {
            columns.add(new Column(key, en, ru, Type.MONEY, currency));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public Builder row(Cell... cells) {
            return row(List.of(cells));
        }

        public ReportTable build() {
            return new ReportTable(columns, rows);
        }
    }
}
