package org.atelier.identity.events;

import java.time.Instant;
import java.util.List;

/**
 * A deactivated person was reactivated. {@code active} is true. Carries the person's full current state. Payload
 * of {@code org.atelier.identity.PersonReactivated.v1}, keyed {@code person:<username>}.
 */
public record PersonReactivatedV1(String username, String displayName, String department, String level, List<String> roles, boolean active,
                                  Instant changedAt) implements PersonStateV1 {
}
