package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lost customer bought again. Payload of {@code org.atelier.loyalty.CustomerRegained.v1}.
 *
 * @param lostOn     the day of the loss it came back from
 * @param lostTo     the competitor it had left for
 * @param regainedOn the day of the purchase that brought it back
 */
public record CustomerRegainedV1(String customerId, String customerName, String significance, LocalDate lostOn,
                                 String lostTo, LocalDate regainedOn, Instant recordedAt) {
}
