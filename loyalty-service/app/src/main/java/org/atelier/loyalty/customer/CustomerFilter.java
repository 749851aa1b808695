package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

/**
 * What a customer list is narrowed to; every part may be empty.
 *
 * @param nameContains what a search typed: a case-insensitive part of the name, or of the tax id (INN)
 * @param manager      the account manager's username, in any case
 * @param loyal        loyal customers only (true), the others only (false), or all (null)
 */
public record CustomerFilter(String nameContains, Significance significance, CustomerStatus status, String manager, Boolean loyal) {

    /** The longest part of a name a search looks for. */
    public static final int MAX_NAME_PART = 100;

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null);

    public CustomerFilter {
        nameContains = blankToNull(nameContains);
        manager = blankToNull(manager);
        if (nameContains != null && nameContains.length() > MAX_NAME_PART) {
            throw new RuleViolation("q", "tooLong", "At most {0} characters", MAX_NAME_PART);
        }
        if (nameContains != null && nameContains.chars().anyMatch(Character::isISOControl)) {
            // No name holds them, and a database pattern cannot carry a NUL.
            throw new RuleViolation("q", "controlCharacters", "A search is text without control characters");
        }
        // The manager is matched in any case, so by a pattern too: the same bounds.
        if (manager != null && manager.length() > CustomerProfile.MAX_TEXT) {
            throw new RuleViolation("manager", "tooLong", "At most {0} characters", CustomerProfile.MAX_TEXT);
        }
        if (manager != null && manager.chars().anyMatch(Character::isISOControl)) {
            throw new RuleViolation("manager", "controlCharacters", "A search is text without control characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
