package org.atelier.identity.events;

import java.time.Instant;
import java.util.List;

/**
 * A person got an account (or, on the provider's first start with this contract, one who already had one was
 * published). Carries the person's full current state. Payload of {@code org.atelier.identity.PersonJoined.v1},
 * keyed {@code person:<username>}.
 */
public record PersonJoinedV1(String username, String displayName, String department, String level, List<String> roles, boolean active,
                             Instant changedAt) implements PersonStateV1 {
}
