package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A purchase under a contract: the basis of loyalty (purchases year after year) and of win-backs.
 *
 * @param contractReference the contract or invoice it belongs to, as the ERP names it
 */
public record Purchase(String purchaseId, Money amount, LocalDate date, String contractReference) {

    public static final int MAX_REFERENCE_LENGTH = 100;
    /** 10 trillion in major units: beyond any real contract, and far from where sums of amounts could overflow. */
    public static final long MAX_AMOUNT_MINOR = 1_000_000_000_000_000L;

    public Purchase {
        Objects.requireNonNull(purchaseId, "purchaseId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (!amount.isPositive()) {
            throw new RuleViolation("amountMinor", "amountPositive", "A purchase amount must be more than zero");
        }
        if (amount.minorUnits() > MAX_AMOUNT_MINOR) {
            throw new RuleViolation("amountMinor", "amountTooLarge", "A purchase amount is at most {0} in minor units", MAX_AMOUNT_MINOR);
        }
        if (contractReference == null || contractReference.isBlank()) {
            throw new RuleViolation("contractReference", "contractRequired", "Name the contract or invoice of the purchase");
        }
        contractReference = contractReference.strip();
        if (contractReference.length() > MAX_REFERENCE_LENGTH) {
            throw new RuleViolation("contractReference", "tooLong", "At most {0} characters", MAX_REFERENCE_LENGTH);
        }
    }

    public int year() {
        return date.getYear();
    }
}
