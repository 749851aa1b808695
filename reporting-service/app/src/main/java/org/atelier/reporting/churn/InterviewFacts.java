package org.atelier.reporting.churn;

import java.util.List;

/** The exit-interview read model: every case event, once. */
public interface InterviewFacts {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean addOnce(InterviewFact fact);

    /**
     * Applies facts in one write, each at most once.
     *
     * @return how many changed the read model (the others were applied before)
     */
    default int addAllOnce(List<InterviewFact> facts) {
        return (int) facts.stream().filter(this::addOnce).count();
    }

    /** The facts of the cases opened for losses dated in the year. */
    List<InterviewFact> ofYear(int year);
}
