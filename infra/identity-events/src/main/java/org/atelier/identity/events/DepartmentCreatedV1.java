package org.atelier.identity.events;

import java.time.Instant;

/**
 * A department was created (or, on the provider's first start with this contract, one that already existed was
 * published). Carries the department's full current state. Payload of {@code
 * org.atelier.identity.DepartmentCreated.v1}, keyed {@code department:<code>}.
 */
public record DepartmentCreatedV1(String code, String nameEn, String nameRu, boolean inForce, Instant changedAt) implements DepartmentStateV1 {
}
