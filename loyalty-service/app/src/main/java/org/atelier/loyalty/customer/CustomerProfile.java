package org.atelier.loyalty.customer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.atelier.loyalty.common.RuleViolation;

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

    /** The names of the fields whose values differ in the other profile. */
    public List<String> fieldsDifferentFrom(CustomerProfile other) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(taxId, other.taxId)) {
            fields.add("taxId");
        }
        if (!Objects.equals(segment, other.segment)) {
            fields.add("segment");
        }
        if (!Objects.equals(region, other.region)) {
            fields.add("region");
        }
        if (!Objects.equals(accountManager, other.accountManager)) {
            fields.add("accountManager");
        }
        if (!Objects.equals(department, other.department)) {
            fields.add("department");
        }
        if (!Objects.equals(cooperationSince, other.cooperationSince)) {
            fields.add("cooperationSince");
        }
        return fields;
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
