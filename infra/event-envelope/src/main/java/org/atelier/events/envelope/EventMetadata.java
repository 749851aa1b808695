package org.atelier.events.envelope;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The CloudEvents attributes of one event: what travels in the {@code ce_*} headers.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param source  {@code /atelier/<service>}
 * @param type    versioned event type
 * @param subject the aggregate the event is about; also the Kafka key, so one aggregate's events stay in order
 * @param time    when the change happened
 */
public record EventMetadata(UUID id, String source, EventType type, String subject, Instant time) {

    public EventMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("An event needs a subject (the aggregate id)");
        }
    }

    public static EventMetadata newEvent(EventType type, String subject, Instant time) {
        return new EventMetadata(UUID.randomUUID(), type.source(), type, subject, time);
    }

    /** The binary-mode headers, in a stable order. */
    public Map<String, String> toHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TYPE, type.toString());
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /**
     * Reads the attributes back from headers.
     *
     * @throws MalformedEnvelopeException when a required attribute is missing or unreadable: such a
     *                                    message can never be processed, so it belongs in the dead-letter topic
     */
    public static EventMetadata fromHeaders(Function<String, String> header) {
        String specVersion = required(header, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new MalformedEnvelopeException("Unsupported CloudEvents spec version '" + specVersion + "'");
        }
        try {
            return new EventMetadata(
                    UUID.fromString(required(header, CloudEventHeaders.ID)),
                    required(header, CloudEventHeaders.SOURCE),
                    EventType.parse(required(header, CloudEventHeaders.TYPE)),
                    required(header, CloudEventHeaders.SUBJECT),
                    Instant.parse(required(header, CloudEventHeaders.TIME)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEnvelopeException("Unreadable CloudEvents attributes: " + e.getMessage(), e);
        }
    }

    private static String required(Function<String, String> header, String name) {
        String value = header.apply(name);
        if (value == null || value.isBlank()) {
            throw new MalformedEnvelopeException("Missing header " + name);
        }
        return value;
    }
}
