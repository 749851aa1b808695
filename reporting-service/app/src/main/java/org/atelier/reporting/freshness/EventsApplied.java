package org.atelier.reporting.freshness;

import java.time.Instant;
import java.util.Map;

/**
 * What every instance has applied, per topic, and the events it skipped: shared by the instances, so the view is the
 * same whichever one answers.
 */
public interface EventsApplied {

    /** What is known of one topic. */
    record Applied(Instant lastEventTime, Instant lastAppliedAt, Map<String, Long> skippedByType) {
    }

    /** Moves the topic's times forward (never back: an instance behind another changes nothing). */
    void advance(String topic, Instant lastEventTime, Instant lastAppliedAt);

    /** @return {@code false} when this event was already counted as skipped (redelivered, or skipped by another view) */
    boolean skipOnce(String topic, String eventId, String type, Instant at);

    Map<String, Applied> byTopic();
}
