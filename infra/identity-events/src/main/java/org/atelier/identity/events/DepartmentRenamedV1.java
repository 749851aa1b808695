package org.atelier.identity.events;

import java.time.Instant;

/**
 * A department's English or Russian name changed; its code never does. Carries the department's full current
 * state. Payload of {@code org.atelier.identity.DepartmentRenamed.v1}, keyed {@code department:<code>}.
 */
public record DepartmentRenamedV1(String code, String nameEn, String nameRu, boolean inForce, Instant changedAt) implements DepartmentStateV1 {
}
