package org.atelier.loyalty.plan;

import java.util.List;
import java.util.Optional;

/** Where each year's figures are kept, with their events in the same write. */
public interface AnnualFiguresRepository {

    Optional<AnnualFigures> find(int year);

    List<AnnualFigures> all();

    /** @throws ConcurrentFiguresChange when someone else changed the year since it was loaded */
    void save(AnnualFigures figures);

    class ConcurrentFiguresChange extends RuntimeException {
        public ConcurrentFiguresChange(int year) {
            super("The figures of " + year + " were changed by someone else meanwhile; reload and try again");
        }
    }
}
