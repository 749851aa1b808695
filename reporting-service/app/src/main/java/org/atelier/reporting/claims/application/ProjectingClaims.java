package org.atelier.reporting.claims.application;

import java.util.List;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFacts;

/** Applies claims events to the claim-outcomes read model, once however often each is delivered. */
public class ProjectingClaims {

    private final ClaimFacts facts;

    public ProjectingClaims(ClaimFacts facts) {
        this.facts = facts;
    }

    /** @return whether the read model changed */
    public boolean apply(ClaimFact fact) {
        return facts.addOnce(fact);
    }

    /** @return how many of the facts changed the read model */
    public int applyAll(List<ClaimFact> batch) {
        return facts.addAllOnce(batch);
    }
}
