package org.atelier.survey.exit.messaging;

/** A loyalty event of a known type whose payload cannot be read: retrying cannot help, so it goes to the dead-letter topic. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
