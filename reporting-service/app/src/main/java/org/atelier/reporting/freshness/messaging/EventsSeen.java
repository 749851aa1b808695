package org.atelier.reporting.freshness.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.atelier.events.envelope.EventType;
import org.atelier.events.schemas.EventContracts;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.freshness.EventsApplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * What the consumers tell about each event they are done with, for the freshness view: {@link #applied} when it went
 * into a read model, {@link #notUsed} when the view had no use for it. An event of a type or version whose contract
 * the service does not have is <em>skipped</em>: counted once per event in the shared store and in the Micrometer
 * counter {@code atelier.reporting.events.skipped} (tags {@code topic}, {@code type}). A known type a view does not
 * need counts as applied: the view is as fresh as that event.
 *
 * <p>The times are kept in memory and written to the shared store by {@link #flush()} (every second or so, from the
 * configuration), so the projections do not pay a second write per event.
 */
public class EventsSeen {

    /** For consumers built without a freshness view (tests of a single view). */
    public static final EventsSeen NONE = new EventsSeen(null, null, null, null) {
        @Override
        public void applied(Message<?> message, IncomingEvent event) {
        }

        @Override
        public void notUsed(Message<?> message, IncomingEvent event) {
        }
    };

    /** The header the Kafka binder puts the record's topic in. */
    static final String RECEIVED_TOPIC = "kafka_receivedTopic";

    private static final Logger log = LoggerFactory.getLogger(EventsSeen.class);

    private record Pending(Instant lastEventTime, Instant lastAppliedAt) {
    }

    private final EventsApplied store;
    private final EventContracts contracts;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Pending> pending = new HashMap<>();

    public EventsSeen(EventsApplied store, EventContracts contracts, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.meters = meters;
        this.clock = clock;
    }

    /** The event went into a read model (or was already there). */
    public void applied(Message<?> message, IncomingEvent event) {
        String topic = topic(message);
        Instant now = clock.instant();
        Instant time = event.metadata().time();
        synchronized (pending) {
            pending.merge(topic, new Pending(time, now), (before, next) -> new Pending(later(before.lastEventTime(), next.lastEventTime()),
                    later(before.lastAppliedAt(), next.lastAppliedAt())));
        }
    }

    /** The view has no use for the event: applied when its type is a known one, skipped and counted when not. */
    public void notUsed(Message<?> message, IncomingEvent event) {
        EventType type = event.metadata().type();
        if (contracts.hasSchema(type)) {
            applied(message, event);
            return;
        }
        String topic = topic(message);
        if (store.skipOnce(topic, event.id(), type.toString(), clock.instant())) {
            log.warn("Skipped {} {} on {}: no contract of that type or version is known here", type, event.id(), topic);
            Counter.builder("atelier.reporting.events.skipped").description("Events of an unknown type or version, skipped")
                    .tag("topic", topic).tag("type", type.toString()).register(meters).increment();
        }
    }

    /** Writes what was applied since the last flush to the shared store. */
    public void flush() {
        Map<String, Pending> due;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            due = new HashMap<>(pending);
            pending.clear();
        }
        due.forEach((topic, seen) -> {
            try {
                store.advance(topic, seen.lastEventTime(), seen.lastAppliedAt());
            } catch (RuntimeException storeAway) {
                // Kept for the next flush: the times only ever move forward, so writing them late is as good.
                log.warn("Could not record the freshness of {}: {}", topic, storeAway.toString());
                synchronized (pending) {
                    pending.merge(topic, seen, (newer, older) -> new Pending(later(newer.lastEventTime(), older.lastEventTime()),
                            later(newer.lastAppliedAt(), older.lastAppliedAt())));
                }
            }
        });
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String topic(Message<?> message) {
        Object topic = message.getHeaders().get(RECEIVED_TOPIC);
        if (topic instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return topic == null ? "unknown" : topic.toString();
    }
}
