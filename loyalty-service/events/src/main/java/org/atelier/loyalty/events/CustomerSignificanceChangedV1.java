package org.atelier.loyalty.events;

import java.time.Instant;

/**
 * A customer became key or regular. Payload of {@code org.atelier.loyalty.CustomerSignificanceChanged.v1}.
 *
 * @param changedBy username of who decided
 */
public record CustomerSignificanceChangedV1(String customerId, String from, String to, String changedBy, String reason,
                                            Instant changedAt) {
}
