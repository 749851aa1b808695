package org.atelier.loyalty.events;

import java.time.Instant;

/**
 * A customer joined the loyal-customers' club ({@code member} true) or left it.
 * Payload of {@code org.atelier.loyalty.ClubMembershipChanged.v1}.
 */
public record ClubMembershipChangedV1(String customerId, boolean member, String changedBy, Instant changedAt) {
}
