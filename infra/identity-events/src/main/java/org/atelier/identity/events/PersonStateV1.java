package org.atelier.identity.events;

import java.time.Instant;
import java.util.List;

/**
 * What every person event carries: the person as they now are (never a password, hash, secret, token or e-mail).
 * Implemented by each person event's payload, so a consumer can keep the latest state per key without caring which
 * change it was.
 */
public interface PersonStateV1 {

    /** The person's username, also the {@code sub} of their tokens; the key is {@code person:<username>}. */
    String username();

    String displayName();

    /** The code of the person's department. */
    String department();

    /** TOP_MANAGEMENT, DIVISION_HEAD, COMMERCIAL_STAFF or OTHER_STAFF. */
    String level();

    /** EMPLOYEE, DEPARTMENT_HEAD, MANAGEMENT, FINANCE, ADMIN: at least one, each once. */
    List<String> roles();

    /** False while the person is deactivated: they can neither sign in nor get tokens. */
    boolean active();

    Instant changedAt();
}
