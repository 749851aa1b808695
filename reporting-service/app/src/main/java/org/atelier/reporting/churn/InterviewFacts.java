package org.atelier.reporting.churn;

import java.util.List;

/** The exit-interview read model: every case event, once. */
public interface InterviewFacts {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean addOnce(InterviewFact fact);

    /** The facts of the cases opened for losses dated in the year. */
    List<InterviewFact> ofYear(int year);
}
