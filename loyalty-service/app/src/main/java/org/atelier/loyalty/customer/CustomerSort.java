package org.atelier.loyalty.customer;

import java.util.Locale;
import org.atelier.loyalty.common.RuleViolation;

/**
 * The order of a customer list: one of the columns the list shows, ascending or descending. Only these fields can
 * be sorted on, so a caller never chooses what the database sorts by; ties are broken by name, then id, so pages
 * neither skip nor repeat a customer.
 *
 * @param descending false: A to Z, oldest first, key before regular, active before lost, no purchase first
 */
public record CustomerSort(Field field, boolean descending) {

    public static final CustomerSort BY_NAME = new CustomerSort(Field.NAME, false);

    public enum Field {
        NAME("name"), SIGNIFICANCE("significance"), STATUS("status"), LAST_PURCHASE("lastPurchase"), REGISTERED("registered");

        private final String parameter;

        Field(String parameter) {
            this.parameter = parameter;
        }

        /** How the API and the pages name the field, e.g. {@code lastPurchase}. */
        public String parameter() {
            return parameter;
        }
    }

    public CustomerSort {
        field = field == null ? Field.NAME : field;
    }

    /**
     * Reads {@code name}, {@code -lastPurchase} (descending) and the like; empty is by name.
     *
     * @throws RuleViolation (field {@code sort}) for anything else
     */
    public static CustomerSort parse(String text) {
        if (text == null || text.isBlank()) {
            return BY_NAME;
        }
        String stripped = text.strip();
        boolean descending = stripped.startsWith("-");
        String name = descending ? stripped.substring(1) : stripped;
        for (Field field : Field.values()) {
            if (field.parameter.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return new CustomerSort(field, descending);
            }
        }
        throw new RuleViolation("sort", "notASortField", "Sort by one of name, significance, status, lastPurchase, registered (prefix - for descending)");
    }

    /** The text {@link #parse} reads back, for links. */
    public String parameter() {
        return (descending ? "-" : "") + field.parameter;
    }
}
