package org.atelier.claims.events;

import java.time.Instant;

/**
 * One entry a decision posted to the department bonus ledger; a decision publishes one per entry, and its entries sum
 * to zero. A reversal publishes the negated entries under its own decision id, naming the decision it reverses.
 * Payload of {@code org.atelier.claims.BonusLedgerEntryPosted.v1}; the Kafka key and {@code ce_subject} are the id of
 * the claim or commendation decided, so its decision, the entries and any reversal stay in order on one partition.
 *
 * @param reversesDecisionId the decision reversed; null for a decision taken at a hearing
 * @param account            a department code, {@code annual-pool} (of {@code year}) or {@code company-fund}
 * @param amountMinor        signed, in the currency's minor units: negative takes from the account
 * @param entryIndex         0-based position among the decision's {@code entryCount} entries
 */
public record BonusLedgerEntryPostedV1(String decisionId, String reversesDecisionId, String subjectKind, String subjectId, String meetingId,
                                       int year, int month, String kind, String account, String currency, long amountMinor, int entryIndex,
                                       int entryCount, String postedBy, Instant postedAt) {
}
