package org.atelier.identity.events;

import java.time.Instant;
import java.util.List;

/**
 * A person moved to another department, management level or set of roles. Carries the person's full current state.
 * Payload of {@code org.atelier.identity.PersonAssignmentChanged.v1}, keyed {@code person:<username>}.
 */
public record PersonAssignmentChangedV1(String username, String displayName, String department, String level, List<String> roles, boolean active,
                                        Instant changedAt) implements PersonStateV1 {
}
