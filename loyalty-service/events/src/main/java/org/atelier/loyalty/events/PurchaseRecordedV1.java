package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A purchase under a contract. Payload of {@code org.atelier.loyalty.PurchaseRecorded.v1}.
 *
 * @param amountMinor the amount in the currency's minor units (kopecks, cents): an integer, never a float
 * @param currency    ISO 4217 code
 */
public record PurchaseRecordedV1(String customerId, String purchaseId, long amountMinor, String currency, LocalDate date,
                                 String contractReference, Instant recordedAt) {
}
