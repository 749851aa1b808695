package org.atelier.reporting.matrix;

import java.util.List;

/**
 * The matrix read model: one fact per survey event, kept as it came. What a campaign is, and which responses count,
 * is worked out when a report is asked for ({@link MatrixHistory}), so redeliveries and their order change nothing.
 */
public interface MatrixFacts {

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean openedOnce(String eventId, Campaign opened);

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean submittedOnce(String eventId, String campaignId, Response response);

    /** @return {@code false} when this event was already applied (a redelivery), and nothing changed */
    boolean closedOnce(String eventId, ClosingFact closed);

    /**
     * Applies facts in one write, each at most once.
     *
     * @return how many changed the read model (the others were applied before)
     */
    default int addAllOnce(List<Fact> facts) {
        int changed = 0;
        for (Fact fact : facts) {
            boolean applied;
            if (fact instanceof Opened opened) {
                applied = openedOnce(opened.eventId(), opened.campaign());
            } else if (fact instanceof Submitted submitted) {
                applied = submittedOnce(submitted.eventId(), submitted.campaignId(), submitted.response());
            } else {
                Closed closed = (Closed) fact;
                applied = closedOnce(closed.eventId(), closed.closing());
            }
            changed += applied ? 1 : 0;
        }
        return changed;
    }

    /** Every opening, as delivered (without its closing). */
    List<Campaign> openings();

    List<ClosingFact> closings();

    /** The responses of one campaign, in event id order (so the same facts always give the same answer). */
    List<Response> responses(String campaignId);

    /** For the list of campaigns: every response's campaign and id, nothing else. */
    List<ResponseRef> responseRefs();

    /** One survey event's fact, as a batch carries it. */
    sealed interface Fact permits Opened, Submitted, Closed {

        String eventId();
    }

    record Opened(String eventId, Campaign campaign) implements Fact {
    }

    record Submitted(String eventId, String campaignId, Response response) implements Fact {
    }

    record Closed(String eventId, ClosingFact closing) implements Fact {
    }

    record ClosingFact(String campaignId, Campaign.Closing closing) {
    }

    record ResponseRef(String campaignId, String responseId) {
    }
}
