package org.atelier.identity.events;

import java.time.Instant;

/**
 * A department was closed: no new record may name it, old ones still do. {@code inForce} is false. Carries the
 * department's full current state. Payload of {@code org.atelier.identity.DepartmentClosed.v1}, keyed {@code
 * department:<code>}.
 */
public record DepartmentClosedV1(String code, String nameEn, String nameRu, boolean inForce, Instant changedAt) implements DepartmentStateV1 {
}
