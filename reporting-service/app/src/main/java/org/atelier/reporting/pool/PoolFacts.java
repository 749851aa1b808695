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

    /** A revision of finance's figures, as a batch carries it. */
    record Revision(Figures kind, String eventId, AnnualFigures figures) {
    }

    /**
     * Records revisions in one write; of several of one kind and year the latest wins, whatever their order.
     *
     * @return how many changed the read model
     */
    default int recordAll(List<Revision> revisions) {
        return (int) revisions.stream().filter(revision -> record(revision.kind(), revision.eventId(), revision.figures())).count();
    }

    /**
     * Applies loyalty facts in one write, each at most once.
     *
     * @return how many changed the read model (the others were applied before)
     */
    default int addAllOnce(List<LoyaltyFact> facts) {
        return (int) facts.stream().filter(this::addOnce).count();
    }

    Optional<AnnualFigures> figures(Figures kind, int year);

    List<LoyaltyFact> loyaltyUpTo(LocalDate day);

    /** The latest year it holds anything of; empty when it holds nothing. */
    Optional<Integer> lastYear();

    Optional<Integer> firstYear();
}
