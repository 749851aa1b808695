package org.atelier.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;

/**
 * One event waiting in an aggregate document's {@code outbox} array.
 *
 * <p>It is written in the same single-document write as the state change it describes, which is what makes
 * "saved but never published" impossible without multi-document transactions. The relay publishes it and
 * then removes it by {@link #eventId()}.
 *
 * @param eventId     the event id ({@code ce_id}); not called {@code id}, which Spring Data would store as {@code _id}
 * @param destination the Kafka topic
 * @param type        the versioned event type, e.g. {@code org.atelier.loyalty.CustomerLost.v1}
 * @param subject     the aggregate id: the Kafka key and {@code ce_subject}
 * @param time        when the change happened ({@code ce_time})
 * @param payload     the JSON body, exactly as it will be published
 * @param createdAt   when it entered the outbox; the recovery sweep only takes messages older than its grace period
 */
public record OutboxMessage(String eventId, String destination, String type, String subject, Instant time, String payload,
                            Instant createdAt) {

    public static final String FIELD = "outbox";

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static OutboxMessage of(EventMetadata metadata, String destination, String payloadJson, Instant now) {
        return new OutboxMessage(metadata.id().toString(), destination, metadata.type().toString(), metadata.subject(),
                metadata.time(), payloadJson, now);
    }

    public EventMetadata metadata() {
        EventType eventType = EventType.parse(type);
        return new EventMetadata(java.util.UUID.fromString(eventId), eventType.source(), eventType, subject, time);
    }

    public Map<String, String> headers() {
        return metadata().toHeaders();
    }
}
