package org.atelier.reporting.claims;

import java.util.List;
import java.util.Optional;

/** The claim-outcomes read model: every claim and commendation event, once. */
public interface ClaimFacts {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean addOnce(ClaimFact fact);

    /**
     * Applies facts in one write, each at most once.
     *
     * @return how many changed the read model (the others were applied before)
     */
    default int addAllOnce(List<ClaimFact> facts) {
        return (int) facts.stream().filter(this::addOnce).count();
    }

    /** Every fact of the claims and commendation acts that have a fact counting in the year. */
    List<ClaimFact> ofItemsTouching(int year);

    /** The earliest year any fact counts in; empty when there is none. */
    /** The latest year it holds anything of; empty when it holds nothing. */
    Optional<Integer> lastYear();

    Optional<Integer> firstYear();
}
