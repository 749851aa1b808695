package org.atelier.reporting.pool.application;

import java.util.List;
import org.atelier.reporting.pool.AnnualFigures;
import org.atelier.reporting.pool.LoyaltyFact;
import org.atelier.reporting.pool.PoolFacts;

/** Applies finance's figures and the customers' loyalty changes to the pool's read model, idempotently. */
public class ProjectingPool {

    private final PoolFacts facts;

    public ProjectingPool(PoolFacts facts) {
        this.facts = facts;
    }

    public boolean plan(String eventId, AnnualFigures figures) {
        return facts.record(PoolFacts.Figures.PLAN, eventId, figures);
    }

    public boolean results(String eventId, AnnualFigures figures) {
        return facts.record(PoolFacts.Figures.RESULTS, eventId, figures);
    }

    public boolean loyalty(LoyaltyFact fact) {
        return facts.addOnce(fact);
    }

    /** @return how many of the plans' and results' revisions changed the read model */
    public int figuresAll(List<PoolFacts.Revision> revisions) {
        return facts.recordAll(revisions);
    }

    /** @return how many of the loyalty facts changed the read model */
    public int loyaltyAll(List<LoyaltyFact> batch) {
        return facts.addAllOnce(batch);
    }
}
