package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.LocalDate;

/**
 * What sales keeps on a customer company besides its name and significance. Every field may be empty.
 *
 * @param accountManager    username of the person responsible for the customer
 * @param department        the department that manages the customer, usually sales
 * @param cooperationSince  when the company started working with us; the article's "long-standing key
 *                          customers" are the ones to keep first
 */
public record CustomerProfile(TaxId taxId, String segment, String region, String accountManager, DepartmentCode department,
                              LocalDate cooperationSince) {

    public static final int MAX_TEXT = 100;
    public static final CustomerProfile EMPTY = new CustomerProfile(null, null, null, null, null, null);

    public CustomerProfile {
        segment = text("segment", segment);
        region = text("region", region);
        accountManager = text("accountManager", accountManager);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", MAX_TEXT);
        }
        return stripped;
    }
}
