package org.atelier.reporting.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.events.schemas.EventContracts;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class EventsSeenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final Store store = new Store();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventsSeen seen = new EventsSeen(store, EventContracts.onClasspath(), meters, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theLatestEventTimeIsFlushedOnceAndOnlyMovesForward() {
        Message<byte[]> message = message("t");
        seen.applied(message, event("org.atelier.loyalty.CustomerLost.v1", "2026-02-01T00:00:00Z"));
        seen.applied(message, event("org.atelier.loyalty.CustomerLost.v1", "2026-01-01T00:00:00Z"));

        assertThat(store.advanced).as("nothing written before the flush").isEmpty();
        seen.flush();
        seen.flush();

        assertThat(store.advanced).containsExactly("t 2026-02-01T00:00:00Z " + NOW);
    }

    @Test
    void aKnownTypeTheViewDoesNotUseCountsAsAppliedAnUnknownOneIsSkippedOncePerEvent() {
        Message<byte[]> message = message("t");
        IncomingEvent unknown = event("org.atelier.loyalty.CustomerTeleported.v1", "2026-02-01T00:00:00Z");

        seen.notUsed(message, event("org.atelier.loyalty.PurchaseRecorded.v1", "2026-01-05T00:00:00Z"));
        seen.notUsed(message, unknown);
        seen.notUsed(message, unknown);
        seen.notUsed(message, event("org.atelier.loyalty.CustomerLost.v9", "2026-02-02T00:00:00Z"));
        seen.flush();

        assertThat(store.skipped).as("the unknown type once, the unknown version once").hasSize(2).contains(unknown.id());
        assertThat(store.advanced).containsExactly("t 2026-01-05T00:00:00Z " + NOW);
        assertThat(meters.find("atelier.reporting.events.skipped").tag("topic", "t").tag("type", "org.atelier.loyalty.CustomerTeleported.v1")
                .counter().count()).isEqualTo(1.0);
        assertThat(meters.find("atelier.reporting.events.skipped").tag("type", "org.atelier.loyalty.CustomerLost.v9").counter().count())
                .as("an unknown version is skipped too").isEqualTo(1.0);
    }

    private static Message<byte[]> message(String topic) {
        return MessageBuilder.withPayload(new byte[0]).setHeader("kafka_receivedTopic", topic).build();
    }

    private static IncomingEvent event(String type, String time) {
        return new IncomingEvent(new EventMetadata(UUID.randomUUID(), "/atelier/loyalty", EventType.parse(type), "s", Instant.parse(time)),
                "{}".getBytes());
    }

    private static final class Store implements EventsApplied {
        final java.util.List<String> advanced = new java.util.ArrayList<>();
        final Set<String> skipped = new HashSet<>();

        @Override
        public void advance(String topic, Instant lastEventTime, Instant lastAppliedAt) {
            advanced.add(topic + " " + lastEventTime + " " + lastAppliedAt);
        }

        @Override
        public boolean skipOnce(String topic, String eventId, String type, Instant at) {
            return skipped.add(eventId);
        }

        @Override
        public Map<String, Applied> byTopic() {
            return new HashMap<>();
        }
    }
}
