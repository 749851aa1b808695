package org.atelier.loyalty.plan;

import java.time.Instant;

/** What finance decided or recorded for a year. */
public sealed interface AnnualFiguresEvent {

    int year();

    Instant occurredAt();

    record PlanSet(int year, AnnualPlan plan, String setBy, Instant occurredAt) implements AnnualFiguresEvent {
    }

    record ResultsRecorded(int year, AnnualResults results, String recordedBy, Instant occurredAt) implements AnnualFiguresEvent {
    }
}
