package org.atelier.reporting.freshness.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.atelier.reporting.access.ReportPermissions;
import org.atelier.reporting.freshness.ConsumerLag;
import org.atelier.reporting.freshness.EventsApplied;
import org.atelier.reporting.freshness.Freshness;
import org.atelier.reporting.freshness.TopicFreshness;
import org.atelier.security.CurrentUser;

/** The freshness of the read models: what was applied (shared by the instances) beside the consumer lag. */
public class BuildingFreshness {

    private final EventsApplied applied;
    private final ConsumerLag lag;
    private final List<String> topics;
    private final Clock clock;

    /**
     * @param lag    should be cached ({@link CachedLag}): every report response asks for it
     * @param topics the topics the service consumes, in the order shown
     */
    public BuildingFreshness(EventsApplied applied, ConsumerLag lag, List<String> topics, Clock clock) {
        this.applied = applied;
        this.lag = lag;
        this.topics = List.copyOf(topics);
        this.clock = clock;
    }

    public Freshness forCaller(CurrentUser caller) {
        ReportPermissions.checkMayReadReports(caller);
        return now();
    }

    /** For a report the caller was already allowed to read. */
    public Freshness now() {
        Map<String, EventsApplied.Applied> known = applied.byTopic();
        Map<String, Map<String, Long>> lags = lag.byTopicAndGroup();
        return new Freshness(clock.instant(), topics.stream().map(topic -> {
            EventsApplied.Applied seen = known.get(topic);
            Map<String, Long> byGroup = lags.get(topic);
            Map<String, Long> skipped = seen == null ? Map.of() : seen.skippedByType();
            return new TopicFreshness(topic, seen == null ? null : seen.lastEventTime(), seen == null ? null : seen.lastAppliedAt(),
                    byGroup == null ? null : byGroup.values().stream().mapToLong(Long::longValue).sum(), byGroup,
                    skipped.values().stream().mapToLong(Long::longValue).sum(), skipped);
        }).toList());
    }
}
