package org.atelier.inbox;

import java.util.List;

/**
 * A received event whose payload breaks its own published schema. Retrying cannot help: consumers list it as not
 * retryable, so the record goes to their dead-letter topic, its message (type, id and violations) in the
 * {@code x-exception-message} header.
 */
public class NonConformingEvent extends RuntimeException {

    public NonConformingEvent(IncomingEvent event, List<String> violations) {
        super(event.metadata().type() + " " + event.id() + " breaks its schema: " + String.join("; ", violations));
    }
}
