package org.atelier.claims.commendation;

/** What happened to a commendation act, for the outbox. */
public sealed interface CommendationEvent {

    Commendation commendation();

    record Filed(Commendation commendation) implements CommendationEvent {
    }

    record Decided(Commendation commendation) implements CommendationEvent {
    }
}
