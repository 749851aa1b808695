package org.atelier.claims.common;

import java.util.Map;
import java.util.Optional;

/**
 * The agendas of the meetings planned and not yet held: which one holds a claim or commendation. One item is on one
 * open agenda at most; the store refuses a second meeting planned with it, also when two are planned at once.
 */
public interface OpenAgendas {

    enum Kind {
        CLAIM, COMMENDATION
    }

    Optional<AgendaPlace> placeOf(Kind kind, String itemId);

    /** Every item of this kind on an open agenda, by its id: for lists, in one read. */
    Map<String, AgendaPlace> places(Kind kind);

}
