package org.atelier.localstack;

/**
 * A failure the person at the keyboard can act on. Its message is printed as is, so it says what went wrong
 * and what to do about it, without a stack trace.
 */
public class AtelierException extends RuntimeException {

    public AtelierException(String message) {
        super(message);
    }

    public AtelierException(String message, Throwable cause) {
        super(message, cause);
    }
}
