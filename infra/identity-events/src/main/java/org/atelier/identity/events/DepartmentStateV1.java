package org.atelier.identity.events;

import java.time.Instant;

/**
 * What every department event carries: the department as it now is. Implemented by each department event's
 * payload, so a consumer can keep the latest state per key without caring which change it was.
 */
public interface DepartmentStateV1 {

    /** The department's stable code, e.g. {@code logistics}; the key is {@code department:<code>}. */
    String code();

    String nameEn();

    String nameRu();

    /** False once the department is closed; old records keep naming it validly. */
    boolean inForce();

    Instant changedAt();
}
