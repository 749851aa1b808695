package org.atelier.claims.bonus;

import java.util.List;

/** Where reversing decisions are kept, each with its ledger events in the same write. */
public interface Reversals {

    /**
     * Stores a reversal; at most one per reversed decision.
     *
     * @return false, with nothing written, when the decision it reverses was reversed already
     */
    boolean add(BonusDecision reversal);

    List<BonusDecision> all();
}
