package org.atelier.loyalty.customer.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

/**
 * Reads an amount as people type it ("12 500,50" or "12500.50") into minor units, exactly: more decimals
 * than the currency has are refused rather than rounded.
 */
final class MoneyInput {

    private MoneyInput() {
    }

    static long minorUnits(String typed, String currencyCode) {
        int digits = Math.max(0, Money.currency(currencyCode).getDefaultFractionDigits());
        if (typed == null || typed.isBlank()) {
            throw new RuleViolation("amount", "Fill in the amount");
        }
        String normalized = typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            BigDecimal amount = new BigDecimal(normalized);
            return amount.setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits).longValueExact();
        } catch (NumberFormatException e) {
            throw new RuleViolation("amount", "'" + typed + "' is not an amount, e.g. 12500.50");
        } catch (ArithmeticException e) {
            throw new RuleViolation("amount", "At most " + digits + " decimals, and not too large");
        }
    }
}
