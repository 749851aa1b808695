package org.atelier.loyalty.common;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency's minor units (kopecks, cents): whole numbers only, so sums are exact.
 *
 * @param minorUnits the amount in minor units, e.g. 1 250 000 for 12 500.00
 */
public record Money(long minorUnits, Currency currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, currency(currencyCode));
    }

    /** @throws RuleViolation when the code is not an ISO 4217 currency */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("currency", "notCurrency", "''{0}'' is not an ISO 4217 currency code, e.g. RUB, EUR, USD", String.valueOf(code));
        }
    }

    /** @throws ArithmeticException on overflow rather than a silently wrong sum */
    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    /** @throws RuleViolation against the field when the amount is negative */
    public Money requireNotNegative(String field) {
        if (minorUnits < 0) {
            throw new RuleViolation(field, "notNegative", "Must not be negative");
        }
        return this;
    }

    public boolean isPositive() {
        return minorUnits > 0;
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
