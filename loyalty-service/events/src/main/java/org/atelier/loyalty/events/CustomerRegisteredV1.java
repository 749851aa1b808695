package org.atelier.loyalty.events;

import java.time.Instant;

/**
 * A customer (a company) was registered. Payload of {@code org.atelier.loyalty.CustomerRegistered.v1}.
 *
 * @param significance {@code KEY} or {@code REGULAR}
 */
public record CustomerRegisteredV1(String customerId, String name, String significance, Instant registeredAt) {
}
