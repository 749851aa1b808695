package org.atelier.reporting.projection;

/** An event whose payload breaks its contract; retrying cannot help, so it goes to the dead-letter topic. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
