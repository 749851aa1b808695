package org.atelier.loyalty.customer;

import java.time.Instant;

/** A customer joined the loyal-customers' club ({@code member}) or left it. */
public record ClubMembershipChange(boolean member, String changedBy, Instant changedAt) {
}
