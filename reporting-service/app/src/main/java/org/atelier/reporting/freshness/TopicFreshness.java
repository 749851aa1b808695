package org.atelier.reporting.freshness;

import java.time.Instant;
import java.util.Map;

/**
 * One topic's freshness.
 *
 * @param topic          the topic's name
 * @param lastEventTime  the CloudEvents {@code time} of the latest event applied (by its time, not by arrival); null before any
 * @param lastAppliedAt  when an event of the topic was last applied; null before any
 * @param lag            records on the topic not yet consumed: end offsets − committed offsets, summed over the partitions and
 *                       reporting's consumer groups reading it; null when the broker did not answer in time
 * @param lagByGroup     the same per consumer group
 * @param skipped        events of a type or version the service does not know (their contract is not on its classpath),
 *                       skipped and counted, each once however many views skipped it
 * @param skippedByType  the same per CloudEvents type
 */
public record TopicFreshness(String topic, Instant lastEventTime, Instant lastAppliedAt, Long lag, Map<String, Long> lagByGroup,
                             long skipped, Map<String, Long> skippedByType) {

    public TopicFreshness {
        lagByGroup = lagByGroup == null ? null : Map.copyOf(lagByGroup);
        skippedByType = Map.copyOf(skippedByType);
    }
}
