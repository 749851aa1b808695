package org.atelier.reporting.claims.application;

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
}
