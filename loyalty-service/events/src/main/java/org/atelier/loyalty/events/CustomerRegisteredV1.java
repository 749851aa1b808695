package org.atelier.loyalty.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer (a company) was registered. Payload of {@code org.atelier.loyalty.CustomerRegistered.v1}.
 *
 * @param significance     {@code KEY} or {@code REGULAR}
 * @param taxId            optional: 10- or 12-digit INN
 * @param segment          optional
 * @param region           optional
 * @param accountManager   optional: username of the responsible person
 * @param department       optional: the department that manages the customer
 * @param cooperationSince optional: when cooperation started
 */
public record CustomerRegisteredV1(String customerId, String name, String significance, Instant registeredAt, String taxId,
                                   String segment, String region, String accountManager, String department,
                                   LocalDate cooperationSince) {
}
