package org.atelier.events.envelope;

/** A message whose CloudEvents headers are missing or unreadable; retrying it can never succeed. */
public class MalformedEnvelopeException extends RuntimeException {

    public MalformedEnvelopeException(String message) {
        super(message);
    }

    public MalformedEnvelopeException(String message, Throwable cause) {
        super(message, cause);
    }
}
