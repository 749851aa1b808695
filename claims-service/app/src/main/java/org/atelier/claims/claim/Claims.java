package org.atelier.claims.claim;

import java.util.List;
import java.util.Optional;

/** Where claims are kept, each with its new events in the same write. */
public interface Claims {

    Optional<Claim> find(String id);

    /** Newest first. */
    List<Claim> all();

    /** @throws ConcurrentClaimChange when someone else changed the claim since it was loaded */
    void save(Claim claim);

    class ConcurrentClaimChange extends RuntimeException {
        public ConcurrentClaimChange(String id) {
            super("The claim " + id + " was changed by someone else meanwhile; reload and try again");
        }
    }
}
