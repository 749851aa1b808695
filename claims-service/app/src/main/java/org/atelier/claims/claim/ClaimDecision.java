package org.atelier.claims.claim;

import java.time.Instant;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.Settlement;
import org.atelier.claims.bonus.BonusDecision;

/**
 * What management decided on a claim, and the money of it, as recorded.
 *
 * @param planAdjustment how much the claimant's plan target is lowered, in the indicator's units
 * @param policy         the year's policy the settlement was computed with
 * @param reasoning      may be null
 * @param ledger         the entries the decision posts, with its id: written with the decision, in the same document
 */
public record ClaimDecision(String meetingId, Settlement settlement, long planAdjustment, BonusPolicy policy, String reasoning,
                            String decidedBy, Instant decidedAt, BonusDecision ledger) {

    public String decisionId() {
        return ledger.decisionId();
    }
}
