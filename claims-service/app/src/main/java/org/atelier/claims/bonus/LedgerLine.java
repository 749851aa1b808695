package org.atelier.claims.bonus;

import org.atelier.claims.bonus.LedgerEntry;

/** One entry of the ledger with the decision that posted it: what an account's statement lists. */
public record LedgerLine(BonusDecision decision, LedgerEntry entry) {

    public String account() {
        return entry.account();
    }

    public int year() {
        return decision.period().getYear();
    }

    public int month() {
        return decision.period().getMonthValue();
    }
}
