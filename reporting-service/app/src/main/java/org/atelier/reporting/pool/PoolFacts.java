package org.atelier.reporting.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The pool's read model: finance's plans and results (latest revision wins) and the customers' loyalty facts (once each). */
public interface PoolFacts {

    enum Figures { PLAN, RESULTS }

    /** @return {@code false} when these figures, or a later revision, were already recorded */
    boolean record(Figures kind, String eventId, AnnualFigures figures);

    /** @return {@code false} when this event was already applied */
    boolean addOnce(LoyaltyFact fact);

    Optional<AnnualFigures> figures(Figures kind, int year);

    List<LoyaltyFact> loyaltyUpTo(LocalDate day);

    Optional<Integer> firstYear();
}
