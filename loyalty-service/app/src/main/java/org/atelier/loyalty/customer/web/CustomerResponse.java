package org.atelier.loyalty.customer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.programme.ProgrammeTerms;

record CustomerResponse(String id, String name, String significance, String status, boolean loyal, boolean clubMember, Instant registeredAt,
                        ProfileResponse profile, List<SignificanceChangeResponse> significanceHistory, LossResponse loss,
                        List<PurchaseResponse> purchases, List<ClubChangeResponse> clubHistory, PointsResponse points,
                        List<RewardResponse> rewards, List<ProfileChangeResponse> profileChanges,
                        List<ReversalResponse> purchaseReversals, List<WithdrawnLossResponse> withdrawnLosses) {

    /** A purchase taken back as a mistake; the purchase stays in {@code purchases}, marked {@code reversed}. */
    record ReversalResponse(String purchaseId, String reversedBy, String reason, Instant reversedAt, long pointsTakenBack,
                            long pointsNotRecovered) {
    }

    /** A loss taken back as a mistake: it counts nowhere. */
    record WithdrawnLossResponse(LossResponse loss, String withdrawnBy, String reason, Instant withdrawnAt) {
    }

    record ProfileChangeResponse(List<String> fields, String changedBy, Instant changedAt) {
    }

    record ClubChangeResponse(boolean member, String changedBy, Instant changedAt) {
    }

    /**
     * Where the customer stands today under the programme in force, and the points' history.
     *
     * @param spendable  points that can be redeemed today
     * @param tierPoints points earned within the tier window; redeeming never lowers them
     * @param tier       the discount tier reached; null below every threshold
     */
    record PointsResponse(long spendable, long tierPoints, String tier, int discountPercent, long expired, LocalDate nextExpiryOn,
                          long nextExpiryPoints, List<AccrualResponse> accruals, List<RedemptionResponse> redemptions) {
    }

    record AccrualResponse(String purchaseId, LocalDate earnedOn, long points, LocalDate expiresOn) {
    }

    /** @param valueMinor what the points took off the invoice, in minor units */
    record RedemptionResponse(String redemptionId, LocalDate redeemedOn, long points, long valueMinor, String currency, String reference,
                              String redeemedBy) {
    }

    record RewardResponse(String rewardId, String reward, LocalDate grantedOn, String reason, String grantedBy, Instant recordedAt) {
    }

    record ProfileResponse(String taxId, String segment, String region, String accountManager, String department,
                           LocalDate cooperationSince) {
    }

    record SignificanceChangeResponse(String from, String to, String changedBy, Instant changedAt, String reason) {
    }

    /** @param amountMinor in the currency's minor units */
    record PurchaseResponse(String purchaseId, long amountMinor, String currency, LocalDate date, String contractReference,
                            boolean reversed) {
    }

    record LossResponse(String competitor, LocalDate lostOn, List<ReasonResponse> reasons, String note, Instant recordedAt) {
    }

    record ReasonResponse(String code, boolean primary, List<String> departmentsAtFault) {
    }

    static CustomerResponse of(Customer customer, ProgrammeTerms programme, LocalDate today) {
        return new CustomerResponse(customer.id().toString(), customer.name(), customer.significance().name(),
                customer.status().name(), customer.isLoyal(), customer.isClubMember(), customer.registeredAt(), profile(customer.profile()),
                customer.significanceHistory().stream().map(change -> new SignificanceChangeResponse(change.from().name(),
                        change.to().name(), change.changedBy(), change.changedAt(), change.reason())).toList(),
                customer.loss().map(CustomerResponse::of).orElse(null),
                customer.purchases().stream().map(purchase -> new PurchaseResponse(purchase.purchaseId(),
                        purchase.amount().minorUnits(), purchase.amount().currency().getCurrencyCode(), purchase.date(),
                        purchase.contractReference(), customer.isReversed(purchase))).toList(),
                customer.clubHistory().stream().map(change -> new ClubChangeResponse(change.member(), change.changedBy(),
                        change.changedAt())).toList(),
                points(customer.points(), customer.pointsStanding(programme, today)),
                customer.rewards().stream().map(reward -> new RewardResponse(reward.rewardId(), reward.what(), reward.grantedOn(),
                        reward.why(), reward.grantedBy(), reward.recordedAt())).toList(),
                customer.profileChanges().stream().map(change -> new ProfileChangeResponse(change.fields(), change.changedBy(),
                        change.changedAt())).toList(),
                customer.purchaseReversals().stream().map(reversal -> new ReversalResponse(reversal.purchaseId(), reversal.reversedBy(),
                        reversal.reason(), reversal.reversedAt(), reversal.pointsTakenBack(), reversal.pointsNotRecovered())).toList(),
                customer.withdrawnLosses().stream().map(withdrawn -> new WithdrawnLossResponse(of(withdrawn.loss()), withdrawn.withdrawnBy(),
                        withdrawn.reason(), withdrawn.withdrawnAt())).toList());
    }

    private static PointsResponse points(PointsAccount account, PointsAccount.Standing standing) {
        return new PointsResponse(standing.spendable(), standing.tierPoints(), standing.tier().map(DiscountTier::name).orElse(null),
                standing.discountPercent(), standing.expired(), standing.nextExpiryOn().orElse(null), standing.nextExpiryPoints(),
                account.accruals().stream().map(accrual -> new AccrualResponse(accrual.purchaseId(), accrual.earnedOn(), accrual.points(),
                        accrual.expiresOn())).toList(),
                account.redemptions().stream().map(redemption -> new RedemptionResponse(redemption.redemptionId(), redemption.redeemedOn(),
                        redemption.points(), redemption.value().minorUnits(), redemption.value().currency().getCurrencyCode(),
                        redemption.reference(), redemption.redeemedBy())).toList());
    }

    private static ProfileResponse profile(CustomerProfile profile) {
        return new ProfileResponse(profile.taxId() == null ? null : profile.taxId().value(), profile.segment(), profile.region(),
                profile.accountManager(), profile.department() == null ? null : profile.department().value(), profile.cooperationSince());
    }

    private static LossResponse of(Loss loss) {
        return new LossResponse(loss.competitor(), loss.lostOn(),
                loss.reasons().stream().map(reason -> new ReasonResponse(reason.code().name(), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::value).sorted().toList())).toList(),
                loss.note(), loss.recordedAt());
    }
}
