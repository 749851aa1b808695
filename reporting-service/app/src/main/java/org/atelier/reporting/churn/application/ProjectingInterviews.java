package org.atelier.reporting.churn.application;

import java.util.List;
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

    /** @return how many of the facts changed the read model */
    public int applyAll(List<InterviewFact> batch) {
        return facts.addAllOnce(batch);
    }
}
