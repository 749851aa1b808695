package org.atelier.claims.common.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;

/**
 * Reads every field of a sent form before anything is refused, so a form with two mistakes shows both; the domain
 * still checks its own rules afterwards.
 */
public final class FormCheck {

    /** More than any field of a claims form takes: longer input is refused before anything reads it. */
    private static final int MAX_TYPED = 4000;

    private final List<RuleViolation> violations = new ArrayList<>();

    public <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (RuleViolation violation) {
            violations.add(violation);
            return null;
        }
    }

    public void refuse(RuleViolation violation) {
        violations.add(violation);
    }

    public List<RuleViolation> violations() {
        return List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }

    /** The text as typed, trimmed; null when blank. */
    public static String text(String field, String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > Math.min(max, MAX_TYPED)) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", String.valueOf(max));
        }
        return text;
    }

    public static String required(String field, String typed, int max) {
        String text = text(field, typed, max);
        if (text == null) {
            throw new RuleViolation(field, "required", "Required");
        }
        return text;
    }

    public static LocalDate date(String field, String typed) {
        String text = required(field, typed, 10);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "notADate", "A date such as 2026-03-14");
        }
    }

    /** An amount typed in major units ("12500.50" or "12 500,50") as minor units of the currency, within the range money allows. */
    public static long amount(String field, String typed, Currency currency) {
        String text = required(field, typed, 30).replace(" ", "").replace("\u00a0", "").replace(',', '.');
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "notAnAmount", "An amount such as 12500.00");
        }
        int digits = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.signum() < 0) {
            throw new RuleViolation(field, "notNegative", "Must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new RuleViolation(field, "tooManyDecimals", "At most {0} digits after the decimal point", String.valueOf(digits));
        }
        BigDecimal minor = amount.movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(Money.MAX_MINOR_UNITS)) > 0) {
            throw new RuleViolation(field, "amountTooLarge", "At most {0} minor units", String.valueOf(Money.MAX_MINOR_UNITS));
        }
        return minor.longValueExact();
    }
}
