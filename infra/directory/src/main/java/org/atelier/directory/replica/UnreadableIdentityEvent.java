package org.atelier.directory.replica;

/**
 * An identity event of a known type whose payload cannot be read into the directory (not JSON, fields missing, a
 * key that does not match it). Retrying cannot help: the binding lists it as not retryable, so the record goes to
 * the dead-letter topic with this message.
 */
public class UnreadableIdentityEvent extends RuntimeException {

    public UnreadableIdentityEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
