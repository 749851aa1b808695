package org.atelier.loyalty.customer.messaging;

import java.time.Instant;
import java.util.List;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.customer.CustomerEvent;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.SignificanceChange;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.LossReason;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.PurchaseReversal;
import org.atelier.loyalty.customer.WithdrawnLoss;
import org.atelier.loyalty.events.LossWithdrawnV1;
import org.atelier.loyalty.events.PurchaseReversedV1;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.events.PointsAccruedV1;
import org.atelier.loyalty.events.PointsRedeemedV1;
import org.atelier.loyalty.events.RewardGrantedV1;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.events.ClubMembershipChangedV1;
import org.atelier.loyalty.events.CustomerBecameLoyalV1;
import org.atelier.loyalty.events.CustomerLostV1;
import org.atelier.loyalty.events.CustomerProfileChangedV1;
import org.atelier.loyalty.events.CustomerLoyaltyLapsedV1;
import org.atelier.loyalty.events.CustomerRegainedV1;
import org.atelier.loyalty.events.CustomerRegisteredV1;
import org.atelier.loyalty.events.CustomerSignificanceChangedV1;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.loyalty.events.PurchaseRecordedV1;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** Turns the domain's customer events into the published contract (loyalty-events), ready for the outbox. */
public class CustomerEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public CustomerEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(CustomerEvent event, Instant now) {
        if (event instanceof CustomerEvent.Registered registered) {
            CustomerProfile profile = registered.profile();
            return message(LoyaltyEvents.CUSTOMER_REGISTERED_V1, event,
                    new CustomerRegisteredV1(registered.customerId().toString(), registered.name(),
                            registered.significance().name(), registered.occurredAt(),
                            profile.taxId() == null ? null : profile.taxId().value(), profile.segment(), profile.region(),
                            profile.accountManager(), profile.department() == null ? null : profile.department().value(),
                            profile.cooperationSince()), now);
        }
        if (event instanceof CustomerEvent.ProfileChanged changed) {
            CustomerProfile profile = changed.profile();
            return message(LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1, event,
                    new CustomerProfileChangedV1(changed.customerId().toString(), changed.name(),
                            profile.taxId() == null ? null : profile.taxId().value(), profile.segment(), profile.region(),
                            profile.accountManager(), profile.department() == null ? null : profile.department().value(),
                            profile.cooperationSince(), changed.change().fields(), changed.change().changedBy(),
                            changed.change().changedAt()), now);
        }
        if (event instanceof CustomerEvent.SignificanceChanged changed) {
            SignificanceChange change = changed.change();
            return message(LoyaltyEvents.CUSTOMER_SIGNIFICANCE_CHANGED_V1, event,
                    new CustomerSignificanceChangedV1(changed.customerId().toString(), change.from().name(), change.to().name(),
                            change.changedBy(), change.reason(), change.changedAt()), now);
        }
        if (event instanceof CustomerEvent.Lost lost) {
            return message(LoyaltyEvents.CUSTOMER_LOST_V1, event,
                    new CustomerLostV1(lost.customerId().toString(), lost.name(), lost.significance().name(),
                            lost.loss().competitor(), lost.loss().lostOn(), reasons(lost.loss().reasons()),
                            lost.loss().note(), lost.loss().recordedAt()), now);
        }
        if (event instanceof CustomerEvent.ClubMembershipChanged club) {
            return message(LoyaltyEvents.CLUB_MEMBERSHIP_CHANGED_V1, event,
                    new ClubMembershipChangedV1(club.customerId().toString(), club.member(), club.changedBy(), club.occurredAt()), now);
        }
        if (event instanceof CustomerEvent.PurchaseMade made) {
            Purchase purchase = made.purchase();
            return message(LoyaltyEvents.PURCHASE_RECORDED_V1, event,
                    new PurchaseRecordedV1(made.customerId().toString(), purchase.purchaseId(), purchase.amount().minorUnits(),
                            purchase.amount().currency().getCurrencyCode(), purchase.date(), purchase.contractReference(),
                            made.occurredAt()), now);
        }
        if (event instanceof CustomerEvent.Regained regained) {
            return message(LoyaltyEvents.CUSTOMER_REGAINED_V1, event,
                    new CustomerRegainedV1(regained.customerId().toString(), regained.name(), regained.significance().name(),
                            regained.previousLoss().lostOn(), regained.previousLoss().competitor(), regained.purchase().date(),
                            regained.occurredAt()), now);
        }
        if (event instanceof CustomerEvent.BecameLoyal loyal) {
            return message(LoyaltyEvents.CUSTOMER_BECAME_LOYAL_V1, event,
                    new CustomerBecameLoyalV1(loyal.customerId().toString(), loyal.significance().name(), loyal.asOf(), loyal.occurredAt()), now);
        }
        if (event instanceof CustomerEvent.PointsAccrued accrued) {
            PointsAccount.Accrual accrual = accrued.accrual();
            PointsAccount.Standing standing = accrued.standing();
            return message(LoyaltyEvents.POINTS_ACCRUED_V1, event,
                    new PointsAccruedV1(accrued.customerId().toString(), accrual.purchaseId(), accrual.points(), accrual.earnedOn(),
                            accrual.expiresOn(), standing.spendable(), standing.tierPoints(),
                            standing.tier().map(DiscountTier::name).orElse(null), standing.discountPercent(), accrued.occurredAt()), now);
        }
        if (event instanceof CustomerEvent.PointsRedeemed redeemed) {
            PointsAccount.Redemption redemption = redeemed.redemption();
            return message(LoyaltyEvents.POINTS_REDEEMED_V1, event,
                    new PointsRedeemedV1(redeemed.customerId().toString(), redemption.redemptionId(), redemption.points(),
                            redemption.value().minorUnits(), redemption.value().currency().getCurrencyCode(), redemption.reference(),
                            redemption.redeemedBy(), redemption.redeemedOn(), redeemed.spendableAfter(), redeemed.occurredAt()), now);
        }
        if (event instanceof CustomerEvent.RewardGranted granted) {
            Reward reward = granted.reward();
            return message(LoyaltyEvents.REWARD_GRANTED_V1, event,
                    new RewardGrantedV1(granted.customerId().toString(), reward.rewardId(), reward.what(), reward.grantedOn(), reward.why(),
                            reward.grantedBy(), reward.recordedAt()), now);
        }
        if (event instanceof CustomerEvent.PurchaseReversed reversed) {
            Purchase purchase = reversed.purchase();
            PurchaseReversal reversal = reversed.reversal();
            return message(LoyaltyEvents.PURCHASE_REVERSED_V1, event,
                    new PurchaseReversedV1(reversed.customerId().toString(), purchase.purchaseId(), purchase.amount().minorUnits(),
                            purchase.amount().currency().getCurrencyCode(), purchase.date(), purchase.contractReference(),
                            reversal.reversedBy(), reversal.reason(), reversal.pointsTakenBack(), reversal.pointsNotRecovered(),
                            reversed.spendableAfter(), reversed.tierPointsAfter(), reversed.winBackUndone(), reversal.reversedAt()), now);
        }
        if (event instanceof CustomerEvent.LossWithdrawn withdrawn) {
            WithdrawnLoss withdrawal = withdrawn.withdrawal();
            return message(LoyaltyEvents.LOSS_WITHDRAWN_V1, event,
                    new LossWithdrawnV1(withdrawn.customerId().toString(), withdrawn.name(), withdrawal.loss().competitor(),
                            withdrawal.loss().lostOn(), withdrawal.withdrawnBy(), withdrawal.reason(), withdrawal.withdrawnAt()), now);
        }
        CustomerEvent.LoyaltyLapsed lapsed = (CustomerEvent.LoyaltyLapsed) event;
        return message(LoyaltyEvents.CUSTOMER_LOYALTY_LAPSED_V1, event,
                new CustomerLoyaltyLapsedV1(lapsed.customerId().toString(), lapsed.significance().name(), lapsed.asOf(), lapsed.occurredAt()), now);
    }

    private OutboxMessage message(EventType type, CustomerEvent event, Object payload, Instant now) {
        EventMetadata metadata = EventMetadata.newEvent(type, event.customerId().toString(), event.occurredAt());
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }

    private static List<CustomerLostV1.Reason> reasons(List<LossReason> reasons) {
        return reasons.stream()
                .map(reason -> new CustomerLostV1.Reason(reason.code().name(), reason.primary(),
                        reason.departmentsAtFault().stream().map(DepartmentCode::value).sorted().toList()))
                .toList();
    }
}
