package org.atelier.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * An event as a consumer receives it: its CloudEvents attributes and its raw JSON body.
 *
 * <p>Header values may arrive as strings or as raw bytes depending on the producer's header mapper; both are
 * read as UTF-8 text.
 */
public record IncomingEvent(EventMetadata metadata, byte[] payload) {

    public IncomingEvent {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(payload, "payload");
    }

    /** @throws MalformedEnvelopeException when the message is not a readable Atelier event */
    public static IncomingEvent from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        EventMetadata metadata = EventMetadata.fromHeaders(name -> text(headers.get(name)));
        return new IncomingEvent(metadata, message.getPayload());
    }

    public String id() {
        return metadata.id().toString();
    }

    public String payloadText() {
        return new String(payload, UTF_8);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, UTF_8) : value.toString();
    }
}
