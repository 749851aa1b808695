package org.atelier.claims.claim;

import org.atelier.claims.common.RuleViolation;

/** The free texts of a claim: required ones are not blank, none is longer than its limit. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required", "Required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", String.valueOf(max));
        }
        return stripped;
    }
}
