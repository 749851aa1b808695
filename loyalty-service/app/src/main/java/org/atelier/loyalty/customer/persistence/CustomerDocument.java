package org.atelier.loyalty.customer.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A customer as stored, with the events not yet published in its {@code outbox}. State and events are one
 * document, so one write stores both or neither.
 *
 * <p>{@code lastPurchaseOn} is derived from the purchases, kept only so the list can sort by it; documents written
 * before it existed have none until their customer is next saved, and sort as "no purchase".
 */
@Document(CustomerDocument.COLLECTION)
record CustomerDocument(@Id String id, String name, String significance, ProfileDocument profile,
                        List<SignificanceChangeDocument> significanceHistory, Instant registeredAt, String status,
                        LossDocument loss, List<PurchaseDocument> purchases, boolean loyal,
                        List<ClubChangeDocument> clubHistory, List<AccrualDocument> pointsAccrued,
                        List<RedemptionDocument> pointsRedeemed, List<RewardDocument> rewards,
                        List<ProfileChangeDocument> profileChanges, long version,
                        List<OutboxMessage> outbox, LocalDate lastPurchaseOn, List<ReversalDocument> purchaseReversals,
                        List<WithdrawnLossDocument> withdrawnLosses) {

    record ReversalDocument(String purchaseId, String reversedBy, String reason, Instant reversedAt, long pointsTakenBack,
                            long pointsNotRecovered) {
    }

    record WithdrawnLossDocument(LossDocument loss, String withdrawnBy, String reason, Instant withdrawnAt) {
    }

    record ProfileChangeDocument(List<String> fields, String changedBy, Instant changedAt) {
    }

    record ClubChangeDocument(boolean member, String changedBy, Instant changedAt) {
    }

    record AccrualDocument(String purchaseId, LocalDate earnedOn, long points, LocalDate expiresOn) {
    }

    record RedemptionDocument(String redemptionId, LocalDate redeemedOn, long points, long valueMinor, String currency, String reference,
                              String redeemedBy) {
    }

    record RewardDocument(String rewardId, String what, LocalDate grantedOn, String why, String grantedBy, Instant recordedAt) {
    }

    record ProfileDocument(String taxId, String segment, String region, String accountManager, String department,
                           LocalDate cooperationSince) {
    }

    record SignificanceChangeDocument(String from, String to, String changedBy, Instant changedAt, String reason) {
    }

    static final String COLLECTION = "customers";

    record LossDocument(String competitor, LocalDate lostOn, List<ReasonDocument> reasons, String note, Instant recordedAt) {
    }

    record ReasonDocument(String code, boolean primary, List<String> departmentsAtFault) {
    }

    record PurchaseDocument(String purchaseId, long amountMinor, String currency, LocalDate date, String contractReference) {
    }
}
