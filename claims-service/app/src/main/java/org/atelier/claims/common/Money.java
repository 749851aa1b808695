package org.atelier.claims.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency's minor units (kopecks, cents): whole numbers only, so sums are exact.
 *
 * @param minorUnits the amount in minor units, e.g. 1 250 000 for 12 500.00
 */
public record Money(long minorUnits, Currency currency) {

    /**
     * The largest amount a claim or commendation may name: ten trillion major units of a two-digit currency. Far above
     * any department's bonus, and small enough that no sum of a year's entries can overflow.
     */
    public static final long MAX_MINOR_UNITS = 1_000_000_000_000_000L;

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** @throws RuleViolation when the code is not an ISO 4217 currency */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new RuleViolation("currency", "notCurrency", "''{0}'' is not an ISO 4217 currency code, e.g. RUB, EUR, USD", String.valueOf(code));
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("currency", "notCurrency", "''{0}'' is not an ISO 4217 currency code, e.g. RUB, EUR, USD", code);
        }
    }

    /** @throws ArithmeticException on overflow rather than a silently wrong sum */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    /** @throws RuleViolation against the field when the amount is negative or above {@link #MAX_MINOR_UNITS} */
    public Money requireWithinRange(String field) {
        if (minorUnits < 0) {
            throw new RuleViolation(field, "notNegative", "Must not be negative");
        }
        if (minorUnits > MAX_MINOR_UNITS) {
            throw new RuleViolation(field, "amountTooLarge", "At most {0} minor units", String.valueOf(MAX_MINOR_UNITS));
        }
        return this;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + other.currency + " with " + currency);
        }
    }

    /** For display only: never compute with it. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
