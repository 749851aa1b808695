package org.atelier.claims.claim;

import java.time.Instant;

/** What happened to a claim, for the outbox. */
public sealed interface ClaimEvent {

    Claim claim();

    record Filed(Claim claim) implements ClaimEvent {
    }

    record PositionRecorded(Claim claim) implements ClaimEvent {
    }

    record Withdrawn(Claim claim, String reason, String by, Instant at) implements ClaimEvent {
    }

    record Decided(Claim claim) implements ClaimEvent {
    }
}
