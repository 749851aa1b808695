package org.atelier.claims.customer.messaging;

/** A loyalty event of a known type whose payload cannot be read: retrying cannot help, so it goes to the dead-letter topic. */
public class UnreadableLoyaltyEvent extends RuntimeException {

    public UnreadableLoyaltyEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
