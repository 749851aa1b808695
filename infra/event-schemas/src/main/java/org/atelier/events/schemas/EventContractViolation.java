package org.atelier.events.schemas;

import java.util.List;
import org.atelier.events.envelope.EventType;

/**
 * An event that does not match its own published schema. On the producer side this is a defect of ours (a code
 * path that let an invalid state through), never the caller's fault: nothing is stored or published, and the
 * request fails as a server error naming the event type.
 */
public class EventContractViolation extends RuntimeException {

    private final transient EventType eventType;
    private final List<String> violations;

    public EventContractViolation(EventType eventType, List<String> violations) {
        super(eventType + " does not match its schema: " + String.join("; ", violations));
        this.eventType = eventType;
        this.violations = List.copyOf(violations);
    }

    public EventType eventType() {
        return eventType;
    }

    public List<String> violations() {
        return violations;
    }
}
