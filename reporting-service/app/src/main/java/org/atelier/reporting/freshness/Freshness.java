package org.atelier.reporting.freshness;

import java.time.Instant;
import java.util.List;

/**
 * How fresh the read models are, per topic they are built from: what every report response carries as its
 * {@code freshness} member, and what {@code GET /api/reports/freshness} answers.
 *
 * @param asOf   when this was put together
 * @param topics one per topic the service consumes, in the configured order
 */
public record Freshness(Instant asOf, List<TopicFreshness> topics) {

    public Freshness {
        topics = List.copyOf(topics);
    }
}
