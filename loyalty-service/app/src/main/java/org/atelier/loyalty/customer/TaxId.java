package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

/**
 * A Russian taxpayer number (ИНН): 10 digits for an organisation, 12 for an individual entrepreneur, with
 * check digits, so a mistyped number is caught when it is entered rather than when an invoice bounces.
 */
public record TaxId(String value) {

    private static final int[] TEN = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] TWELVE_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] TWELVE_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    public TaxId {
        if (value == null || !value.matches("\\d{10}|\\d{12}")) {
            throw new RuleViolation("taxId", "taxIdLength", "A tax id (INN) has 10 digits (organisation) or 12 (entrepreneur)");
        }
        boolean valid = value.length() == 10
                ? check(value, TEN) == digit(value, 9)
                : check(value, TWELVE_FIRST) == digit(value, 10) && check(value, TWELVE_SECOND) == digit(value, 11);
        if (!valid) {
            throw new RuleViolation("taxId", "taxIdCheckDigit", "Tax id {0} has a wrong check digit; check it against the contract", value);
        }
    }

    private static int check(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * digit(value, i);
        }
        return sum % 11 % 10;
    }

    private static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
