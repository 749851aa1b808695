package org.atelier.identity.events;

import java.time.Instant;
import java.util.List;

/**
 * A person was deactivated: they can no longer sign in. {@code active} is false. Carries the person's full current
 * state. Payload of {@code org.atelier.identity.PersonDeactivated.v1}, keyed {@code person:<username>}.
 */
public record PersonDeactivatedV1(String username, String displayName, String department, String level, List<String> roles, boolean active,
                                  Instant changedAt) implements PersonStateV1 {
}
