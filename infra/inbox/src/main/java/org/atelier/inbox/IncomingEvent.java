package org.atelier.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Objects;
import org.atelier.events.envelope.CloudEventHeaders;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.atelier.events.schemas.EventContracts;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * An event as a consumer receives it: its CloudEvents attributes and its raw JSON body.
 *
 * <p>Header values may arrive as strings or as raw bytes depending on the producer's header mapper; both are
 * read as UTF-8 text. Spring Cloud Function rewrites recognised CloudEvents headers to its canonical
 * {@code ce-} prefix before a consumer sees them, so each attribute is looked up under both prefixes.
 *
 * <p>The payload is checked against its type's JSON Schema whenever the consumer has that contract on its classpath
 * ({@link EventContracts}): a record that breaks it is refused with {@link NonConformingEvent}, which consumers
 * treat as not retryable, so it goes to their dead-letter topic with the violations in its headers rather than
 * being applied, or skipped, silently. Types without a schema on the classpath are not checked: a consumer does not
 * know them and skips them anyway.
 */
public record IncomingEvent(EventMetadata metadata, byte[] payload) {

    /** The prefix Spring Cloud Function gives CloudEvents attributes inside the application. */
    static final String CANONICAL_PREFIX = "ce-";

    private static final EventContracts CONTRACTS = EventContracts.onClasspath();

    public IncomingEvent {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * @throws MalformedEnvelopeException when the message is not a readable Atelier event
     * @throws NonConformingEvent         when its payload breaks its type's schema
     */
    public static IncomingEvent from(Message<byte[]> message) {
        return from(message, CONTRACTS);
    }

    static IncomingEvent from(Message<byte[]> message, EventContracts contracts) {
        MessageHeaders headers = message.getHeaders();
        EventMetadata metadata = EventMetadata.fromHeaders(name -> attribute(headers, name));
        IncomingEvent event = new IncomingEvent(metadata, message.getPayload());
        if (contracts.hasSchema(metadata.type())) {
            List<String> violations = contracts.violations(metadata.type(), new String(event.payload(), UTF_8));
            if (!violations.isEmpty()) {
                throw new NonConformingEvent(event, violations);
            }
        }
        return event;
    }

    public String id() {
        return metadata.id().toString();
    }

    private static String attribute(MessageHeaders headers, String name) {
        String value = text(headers.get(name));
        if (value == null && name.startsWith(CloudEventHeaders.PREFIX)) {
            value = text(headers.get(CANONICAL_PREFIX + name.substring(CloudEventHeaders.PREFIX.length())));
        }
        return value;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, UTF_8) : value.toString();
    }
}
