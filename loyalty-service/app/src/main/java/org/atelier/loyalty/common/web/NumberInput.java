package org.atelier.loyalty.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

/**
 * Reads numbers as people type them into forms. Amounts ("12 500,50" or "12500.50") become minor units exactly:
 * more decimals than the currency has are refused rather than rounded. Whole numbers may have spaces.
 *
 * <p>What was typed is bounded in length and checked to be plain digits before it is parsed: {@link BigDecimal}
 * reads exponents, and {@code 1e10000000} made into minor units costs seconds of CPU for every request.
 */
public final class NumberInput {

    /** As long as the forms' number fields let anyone type, spaces included; far more than a long's 19 digits. */
    public static final int MAX_TYPED_LENGTH = 30;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private NumberInput() {
    }

    public static long minorUnits(String typed, String currencyCode) {
        return minorUnits("amount", typed, currencyCode);
    }

    /** @param field the form field the amount was typed into, named in a refusal */
    public static long minorUnits(String field, String typed, String currencyCode) {
        int digits = Math.max(0, Money.currency(currencyCode).getDefaultFractionDigits());
        if (typed == null || typed.isBlank()) {
            throw new RuleViolation(field, "amountRequired", "Fill in the amount");
        }
        if (typed.length() > MAX_TYPED_LENGTH) {
            throw new RuleViolation(field, "numberTooLong", "At most {0} characters", MAX_TYPED_LENGTH);
        }
        String normalized = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!PLAIN_DECIMAL.matcher(normalized).matches()) {
            throw new RuleViolation(field, "notAnAmount", "''{0}'' is not an amount, e.g. 12500.50", typed);
        }
        try {
            BigDecimal amount = new BigDecimal(normalized);
            return amount.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact();
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "notAnAmount", "''{0}'' is not an amount, e.g. 12500.50", typed);
        } catch (ArithmeticException e) {
            throw new RuleViolation(field, "amountDecimals", "At most {0} decimals, and not too large", digits);
        }
    }

    /** Minor units shown the way {@link #minorUnits} reads them back, e.g. 1250050 RUB as "12500.50". */
    public static String typed(long minorUnits, String currencyCode) {
        int digits = Math.max(0, Money.currency(currencyCode).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }

    /** A whole number that fits an int, for counts and settings; the domain checks its own range. */
    public static int intValue(String field, String typed) {
        long value = wholeNumber(field, typed);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new RuleViolation(field, "outOfRange", "{0} is out of range", String.valueOf(value));
        }
        return (int) value;
    }

    /** A whole number as typed into a form, spaces allowed. */
    public static long wholeNumber(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolation(field, "required", "Fill in this field");
        }
        if (typed.length() > MAX_TYPED_LENGTH) {
            throw new RuleViolation(field, "numberTooLong", "At most {0} characters", MAX_TYPED_LENGTH);
        }
        try {
            return Long.parseLong(typed.strip().replace('\u00a0', ' ').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "notWholeNumber", "''{0}'' is not a whole number", typed);
        }
    }
}
