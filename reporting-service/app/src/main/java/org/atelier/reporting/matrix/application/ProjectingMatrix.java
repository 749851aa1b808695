package org.atelier.reporting.matrix.application;

import java.util.List;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.Response;

/** Applies matrix campaign events to their read model, once however often each is delivered. */
public class ProjectingMatrix {

    private final MatrixFacts facts;

    public ProjectingMatrix(MatrixFacts facts) {
        this.facts = facts;
    }

    /** @return whether the read model changed */
    public boolean opened(String eventId, Campaign campaign) {
        return facts.openedOnce(eventId, campaign);
    }

    /** @return whether the read model changed */
    public boolean submitted(String eventId, String campaignId, Response response) {
        return facts.submittedOnce(eventId, campaignId, response);
    }

    /** @return how many of the facts changed the read model */
    public int applyAll(List<MatrixFacts.Fact> batch) {
        return facts.addAllOnce(batch);
    }

    /** @return whether the read model changed */
    public boolean closed(String eventId, MatrixFacts.ClosingFact closing) {
        return facts.closedOnce(eventId, closing);
    }
}
