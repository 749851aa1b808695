package org.atelier.claims.bonus.persistence;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.atelier.claims.bonus.LedgerEntry;
import org.atelier.claims.common.Money;
import org.atelier.claims.bonus.BonusDecision;

/**
 * How a decision's ledger entries are stored: embedded in the document of the decided claim or commendation (or of
 * the reversal), so the decision, its entries and their events are one single-document write.
 */
public final class LedgerDocuments {

    private LedgerDocuments() {
    }

    public record EntryDocument(String kind, String account, String currency, long amountMinor) {
    }

    public record DecisionLedgerDocument(String decisionId, String reverses, String subjectKind, String subjectId, String meetingId, int year,
                                         int month, List<EntryDocument> entries, String reason, String decidedBy, Instant decidedAt) {
    }

    public static DecisionLedgerDocument of(BonusDecision d) {
        return d == null ? null : new DecisionLedgerDocument(d.decisionId(), d.reverses(), d.subject().kind().name(), d.subject().id(),
                d.meetingId(), d.period().getYear(), d.period().getMonthValue(),
                d.entries().stream().map(e -> new EntryDocument(e.kind().name(), e.account(), e.amount().currency().getCurrencyCode(),
                        e.amount().minorUnits())).toList(),
                d.reason(), d.decidedBy(), d.decidedAt());
    }

    public static BonusDecision toDecision(DecisionLedgerDocument doc) {
        if (doc == null) {
            return null;
        }
        List<LedgerEntry> entries = doc.entries() == null ? List.of() : doc.entries().stream()
                .map(e -> new LedgerEntry(LedgerEntry.Kind.valueOf(e.kind()), e.account(), Money.of(e.amountMinor(), e.currency()))).toList();
        return new BonusDecision(doc.decisionId(), doc.reverses(),
                new BonusDecision.Subject(BonusDecision.Subject.Kind.valueOf(doc.subjectKind()), doc.subjectId()), doc.meetingId(),
                YearMonth.of(doc.year(), doc.month()), entries, doc.reason(), doc.decidedBy(), doc.decidedAt());
    }
}
