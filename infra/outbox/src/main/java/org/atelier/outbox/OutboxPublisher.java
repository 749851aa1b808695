package org.atelier.outbox;

/**
 * Sends one outbox message to the broker and returns only once the broker has acknowledged it
 * ({@code acks=all}); throws otherwise, so the message stays in the outbox.
 */
@FunctionalInterface
public interface OutboxPublisher {

    void publish(OutboxMessage message);
}
