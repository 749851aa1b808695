package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerPoliciesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    @Test
    void businessDatesMayBeTodayButNotLater() {
        assertThat(BusinessDatePolicy.cooperationSince(profileSince(TODAY), TODAY)).isEmpty();
        assertThat(BusinessDatePolicy.cooperationSince(CustomerProfile.EMPTY, TODAY)).isEmpty();
        assertRejected(BusinessDatePolicy.cooperationSince(profileSince(TODAY.plusDays(1)), TODAY), "cooperationSince", "cooperationInFuture");

        assertThat(BusinessDatePolicy.lostOn(lossOn(TODAY), TODAY)).isEmpty();
        assertRejected(BusinessDatePolicy.lostOn(lossOn(TODAY.plusDays(1)), TODAY), "lostOn", "lossInFuture");

        assertThat(BusinessDatePolicy.purchasedOn(purchaseOn(TODAY), TODAY)).isEmpty();
        assertRejected(BusinessDatePolicy.purchasedOn(purchaseOn(TODAY.plusDays(1)), TODAY), "date", "purchaseInFuture");
    }

    @Test
    void aRewardIsGrantedAtMostAYearAhead() {
        assertThat(BusinessDatePolicy.grantedOn(rewardOn(TODAY.plusYears(1)), TODAY)).isEmpty();
        assertRejected(BusinessDatePolicy.grantedOn(rewardOn(TODAY.plusYears(1).plusDays(1)), TODAY), "grantedOn", "rewardTooFarAhead");
    }

    @Test
    void aClubChangeMustChangeSomethingAndALostCustomerCannotJoin() {
        assertThat(ClubAdmissionPolicy.check(true, false, CustomerStatus.ACTIVE)).isEmpty();
        assertThat(ClubAdmissionPolicy.check(false, true, CustomerStatus.LOST)).isEmpty();
        assertRejected(ClubAdmissionPolicy.check(true, true, CustomerStatus.ACTIVE), "member", "alreadyInClub");
        assertRejected(ClubAdmissionPolicy.check(false, false, CustomerStatus.ACTIVE), "member", "notInClub");
        assertRejected(ClubAdmissionPolicy.check(true, false, CustomerStatus.LOST), "member", "lostCannotJoin");
    }

    @Test
    void anActiveCustomerSpendsUpToWhatIsSpendable() {
        assertThat(RedemptionPolicy.check(100, CustomerStatus.ACTIVE, 100, TODAY)).isEmpty();
        assertRejected(RedemptionPolicy.check(101, CustomerStatus.ACTIVE, 100, TODAY), "points", "notEnoughPoints");
        assertRejected(RedemptionPolicy.check(1, CustomerStatus.LOST, 100, TODAY), "points", "lostCannotSpend");
    }

    private static void assertRejected(Optional<RuleViolation> verdict, String field, String code) {
        assertThat(verdict).hasValueSatisfying(violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.code()).isEqualTo(code);
        });
    }

    private static CustomerProfile profileSince(LocalDate since) {
        return new CustomerProfile(null, null, null, null, null, since);
    }

    private static Loss lossOn(LocalDate lostOn) {
        return new Loss("Rival Textiles", lostOn, List.of(new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of())), null, NOW);
    }

    private static Purchase purchaseOn(LocalDate date) {
        return new Purchase("p-1", Money.of(1000, "RUB"), date, "C-1");
    }

    private static Reward rewardOn(LocalDate grantedOn) {
        return new Reward("r-1", "Plant open day", grantedOn, "Ten years together", "marketing-head", NOW);
    }
}
