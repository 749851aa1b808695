package org.atelier.reporting.churn.application;

import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.InterviewFacts;

/** Applies exit-interview events to their read model, once however often each is delivered. */
public class ProjectingInterviews {

    private final InterviewFacts facts;

    public ProjectingInterviews(InterviewFacts facts) {
        this.facts = facts;
    }

    /** @return whether the read model changed */
    public boolean apply(InterviewFact fact) {
        return facts.addOnce(fact);
    }
}
