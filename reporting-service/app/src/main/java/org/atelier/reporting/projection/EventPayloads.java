package org.atelier.reporting.projection;

import org.atelier.inbox.IncomingEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event's payload into the view's own copy of its contract. Fields the copy does not know are ignored, so a
 * producer can add optional fields; a payload that is not JSON for the contract, or lacks what the view needs, is
 * refused as {@link UnreadableEvent}.
 */
public final class EventPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EventPayloads() {
    }

    public static <T> T read(IncomingEvent event, Class<T> contract) {
        try {
            return JSON.readValue(event.payload(), contract);
        } catch (JacksonException e) {
            throw new UnreadableEvent(event.metadata().type() + " " + event.id() + " is not valid JSON for its contract", e);
        }
    }

    /** @param what what the event lacks when the value is absent, e.g. {@code "lacks a field the pool needs"} */
    public static <T> T required(IncomingEvent event, T value, String what) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw unreadable(event, what);
        }
        return value;
    }

    /** @param what what is wrong with the event, after its type and id */
    public static UnreadableEvent unreadable(IncomingEvent event, String what) {
        return new UnreadableEvent(event.metadata().type() + " " + event.id() + " " + what, null);
    }
}
