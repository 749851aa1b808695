package org.atelier.claims.commendation;

import java.util.List;
import java.util.Optional;

/** Where commendation acts are kept, each with its new events in the same write. */
public interface Commendations {

    Optional<Commendation> find(String id);

    List<Commendation> all();

    /** @throws ConcurrentCommendationChange when someone else changed it since it was loaded */
    void save(Commendation commendation);

    class ConcurrentCommendationChange extends RuntimeException {
        public ConcurrentCommendationChange(String id) {
            super("The commendation " + id + " was changed by someone else meanwhile; reload and try again");
        }
    }
}
