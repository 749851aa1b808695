package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A purchase recorded by mistake was reversed: it no longer counts for loyalty, win-backs or points. Payload of
 * {@code org.atelier.loyalty.PurchaseReversed.v1}; the purchase is named as {@code PurchaseRecorded} carried it.
 *
 * @param pointsTakenBack    spendable points the reversal took off the customer's balance
 * @param pointsNotRecovered points the purchase earned that could not be taken back: already spent (or expired)
 * @param spendableBalance   spendable points left, as of the day of the reversal
 * @param tierPoints         tier points left, as of that day
 * @param winBackUndone      the purchase had won a lost customer back and no other purchase does: it is lost again
 */
public record PurchaseReversedV1(String customerId, String purchaseId, long amountMinor, String currency, LocalDate date,
                                 String contractReference, String reversedBy, String reason, long pointsTakenBack,
                                 long pointsNotRecovered, long spendableBalance, long tierPoints, boolean winBackUndone,
                                 Instant reversedAt) {
}
