package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Points were spent against an invoice. Payload of {@code org.atelier.loyalty.PointsRedeemed.v1}.
 * Tier points are not affected by a redemption.
 *
 * @param valueMinor       what the points took off the invoice, in the currency's minor units
 * @param spendableBalance spendable points left after the redemption
 */
public record PointsRedeemedV1(String customerId, String redemptionId, long points, long valueMinor, String currency, String reference,
                               String redeemedBy, LocalDate redeemedOn, long spendableBalance, Instant redeemedAt) {
}
