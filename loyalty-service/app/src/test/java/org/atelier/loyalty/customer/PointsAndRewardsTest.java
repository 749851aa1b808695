package org.atelier.loyalty.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.junit.jupiter.api.Test;

class PointsAndRewardsTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final ProgrammeTerms TERMS = ProgrammeTerms.DEFAULT;

    @Test
    void aPurchaseInTheProgrammeCurrencyAccruesPointsWithTheStandingAfterIt() {
        Customer customer = registered();

        customer.recordPurchase(purchase(1_250_000_00L, "RUB", LocalDate.of(2026, 5, 20)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        CustomerEvent.PointsAccrued accrued = (CustomerEvent.PointsAccrued) customer.newEvents().stream()
                .filter(CustomerEvent.PointsAccrued.class::isInstance).findFirst().orElseThrow();
        assertThat(accrued.accrual().points()).isEqualTo(12_500);
        assertThat(accrued.accrual().expiresOn()).isEqualTo(LocalDate.of(2028, 5, 20));
        assertThat(accrued.standing().spendable()).isEqualTo(12_500);
        assertThat(accrued.standing().tier()).map(t -> t.name()).contains("Gold");
    }

    @Test
    void aPurchaseTooSmallOrInAnotherCurrencyAccruesNothingAndSaysNothing() {
        Customer customer = registered();

        customer.recordPurchase(purchase(9_999, "RUB", LocalDate.of(2026, 5, 20)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        customer.recordPurchase(purchase(1_000_000, "EUR", LocalDate.of(2026, 5, 21)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        assertThat(customer.newEvents()).noneMatch(CustomerEvent.PointsAccrued.class::isInstance);
        assertThat(customer.points().accruals()).isEmpty();
    }

    @Test
    void redeemingRecordsTheValueAndTheBalanceLeft() {
        Customer customer = registered();
        customer.recordPurchase(purchase(500_000_00L, "RUB", LocalDate.of(2026, 8, 1)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        customer.redeemPoints(3_000, "INV-2026-0877", "sales-staff", TERMS, TODAY, NOW);

        CustomerEvent.PointsRedeemed redeemed = (CustomerEvent.PointsRedeemed) customer.newEvents().get(customer.newEvents().size() - 1);
        assertThat(redeemed.redemption().value()).isEqualTo(Money.of(300_000, "RUB"));
        assertThat(redeemed.spendableAfter()).isEqualTo(2_000);
        assertThat(customer.pointsStanding(TERMS, LocalDate.of(2026, 9, 1)).tierPoints()).isEqualTo(5_000);
    }

    @Test
    void spendingMoreThanTheBalanceIsRefusedWhateverTheNumber() {
        Customer customer = registered();
        customer.recordPurchase(purchase(100_000, "RUB", LocalDate.of(2026, 8, 1)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        assertThatThrownBy(() -> customer.redeemPoints(Long.MAX_VALUE, "INV-1", "sales-staff", TERMS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("Only 10 points can be spent on 2026-09-01");
        assertThatThrownBy(() -> purchase(Purchase.MAX_AMOUNT_MINOR + 1, "RUB", LocalDate.of(2026, 8, 1)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aLostCustomerCannotSpendPoints() {
        Customer customer = registered();
        customer.recordPurchase(purchase(500_000_00L, "RUB", LocalDate.of(2026, 8, 1)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        customer.recordLoss(new Loss("Rival", LocalDate.of(2026, 8, 20),
                List.of(new LossReason(ReasonCode.PRICE_AND_DISCOUNTS, true, Set.of())), null, NOW), TODAY, NOW);

        assertThatThrownBy(() -> customer.redeemPoints(10, "INV-1", "sales-staff", TERMS, TODAY, NOW)).isInstanceOf(RuleViolation.class);
        assertThat(customer.points().redemptions()).isEmpty();
    }

    @Test
    void aRewardSaysWhatWhenAndWhy() {
        Customer customer = registered();

        customer.grantReward(new Reward("r1", " Plant open day ", LocalDate.of(2026, 9, 20), "Ten years together", "marketing-head", NOW), TODAY, NOW);

        assertThat(customer.rewards()).singleElement().satisfies(reward -> assertThat(reward.what()).isEqualTo("Plant open day"));
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.RewardGranted.class);
    }

    @Test
    void aRewardWithoutWhatOrWhyOrDatedOverAYearAheadIsRefused() {
        assertThatThrownBy(() -> new Reward("r1", " ", LocalDate.of(2026, 9, 20), "why", "m", NOW))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("reward"));
        assertThatThrownBy(() -> new Reward("r1", "what", LocalDate.of(2026, 9, 20), null, "m", NOW))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("reason"));
        Customer customer = registered();
        assertThatThrownBy(() -> customer.grantReward(new Reward("r1", "what", LocalDate.of(2027, 9, 2), "why", "m", NOW), TODAY, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThat(customer.rewards()).isEmpty();
    }

    private static Customer registered() {
        return Customer.restore(new CustomerState(CustomerId.newId(), "Northwind", Significance.KEY, null, null,
                Instant.parse("2024-01-01T00:00:00Z"), CustomerStatus.ACTIVE, null, null, false, null, null, null, null, 1));
    }

    private static Purchase purchase(long minor, String currency, LocalDate date) {
        return new Purchase(UUID.randomUUID().toString(), Money.of(minor, currency), date, "C-" + date);
    }
}
