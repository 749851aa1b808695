package org.atelier.loyalty.common;

/** Input that breaks a business rule; the caller gets it back against the field it concerns, and nothing changes. */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
