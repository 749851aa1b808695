package org.atelier.claims.meeting;

import java.util.Objects;

/** A claim or a commendation on a meeting's agenda. */
public record AgendaItem(Kind kind, String id) {

    public enum Kind {
        CLAIM, COMMENDATION
    }

    public AgendaItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
