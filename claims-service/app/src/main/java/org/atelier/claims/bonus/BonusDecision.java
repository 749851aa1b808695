package org.atelier.claims.bonus;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.atelier.claims.bonus.LedgerEntry;

/**
 * What one decision posts to the bonus ledger: its entries, which always sum to zero, with the decision and the
 * meeting they come from. A decided claim or commendation carries its own in the same document as the decision, and a
 * reversal is a decision of its own; entries are never edited.
 *
 * @param decisionId the decision's id, unique across claims, commendations and reversals
 * @param reverses   the decision this one reverses; null for a decision taken at a hearing
 * @param subject    the claim or commendation decided
 * @param meetingId  the meeting the (original) decision was taken at
 * @param period     the year and month the entries count in: the decision's, in the company's time zone; a reversal
 *                   counts in the period it corrects, so a year's balances and its annual pool come out right
 * @param reason     why a reversal was made; null for a hearing's decision
 */
public record BonusDecision(String decisionId, String reverses, Subject subject, String meetingId, YearMonth period,
                            List<LedgerEntry> entries, String reason, String decidedBy, Instant decidedAt) {

    /** The claim or commendation a decision is about. */
    public record Subject(Kind kind, String id) {

        public enum Kind {
            CLAIM, COMMENDATION
        }

        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }
    }

    public BonusDecision {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        entries = List.copyOf(entries);
        long sum = 0;
        for (LedgerEntry entry : entries) {
            if (!entry.amount().currency().equals(entries.get(0).amount().currency())) {
                throw new IllegalArgumentException("A decision posts in one currency: " + entries);
            }
            sum = Math.addExact(sum, entry.amount().minorUnits());
        }
        if (sum != 0) {
            throw new IllegalArgumentException("A decision's entries sum to zero, these to " + sum + ": " + entries);
        }
    }

    /** A hearing's decision of a claim or commendation. */
    public static BonusDecision taken(String decisionId, Subject subject, String meetingId, YearMonth period, List<LedgerEntry> entries,
                                      String by, Instant at) {
        return new BonusDecision(decisionId, null, subject, meetingId, period, entries, null, by, at);
    }

    /**
     * The decision that undoes this one: every entry negated, on the same accounts and in the same period, referencing
     * this decision, which stays as it was.
     */
    public BonusDecision reversal(String reversalId, String reason, String by, Instant at) {
        List<LedgerEntry> negated = entries.stream().map(e -> new LedgerEntry(e.kind(), e.account(), e.amount().negate())).toList();
        return new BonusDecision(reversalId, decisionId, subject, meetingId, period, negated, reason, by, at);
    }

    public boolean isReversal() {
        return reverses != null;
    }

    /** The entries as lines of the ledger, each knowing its decision. */
    public List<LedgerLine> lines() {
        return entries.stream().map(entry -> new LedgerLine(this, entry)).toList();
    }
}
