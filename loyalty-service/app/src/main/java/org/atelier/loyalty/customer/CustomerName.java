package org.atelier.loyalty.customer;

import java.util.Locale;

/** When two names are the same for people: case and spacing do not make "Northwind  trading" another company. */
public final class CustomerName {

    private CustomerName() {
    }

    /** The name lower-cased with runs of white space as one space, ends stripped. */
    public static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
