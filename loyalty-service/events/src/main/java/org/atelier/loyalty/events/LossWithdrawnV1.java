package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A loss recorded by mistake was withdrawn: the customer is active again, as before the loss, and the loss no longer
 * counts anywhere. Payload of {@code org.atelier.loyalty.LossWithdrawn.v1}; the loss is named by the customer and
 * the {@code competitor} and {@code lostOn} its {@code CustomerLost} carried.
 */
public record LossWithdrawnV1(String customerId, String customerName, String competitor, LocalDate lostOn, String withdrawnBy,
                              String reason, Instant withdrawnAt) {
}
