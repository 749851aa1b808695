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

/** Correcting mistaken records: a purchase reversed, a loss withdrawn; both stay in the history with who and why. */
class CorrectionsTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    private static final ProgrammeTerms TERMS = ProgrammeTerms.DEFAULT;

    @Test
    void aReversedPurchaseTakesItsPointsBackAndStaysInTheHistoryWithWhoAndWhy() {
        Customer customer = registered();
        Purchase purchase = purchase(500_000_00L, LocalDate.of(2026, 8, 1));
        customer.recordPurchase(purchase, LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        PurchaseReversal reversal = customer.reversePurchase(purchase.purchaseId(), "sales-head", " Wrong customer ", LoyaltyRule.DEFAULT,
                TERMS, TODAY, NOW);

        assertThat(reversal.pointsTakenBack()).isEqualTo(5_000);
        assertThat(reversal.pointsNotRecovered()).isZero();
        assertThat(reversal.reason()).isEqualTo("Wrong customer");
        assertThat(customer.pointsStanding(TERMS, TODAY).spendable()).isZero();
        assertThat(customer.pointsStanding(TERMS, TODAY).tierPoints()).isZero();
        assertThat(customer.purchases()).containsExactly(purchase);
        assertThat(customer.isReversed(purchase)).isTrue();
        assertThat(customer.purchaseReversals()).singleElement().extracting(PurchaseReversal::reversedBy).isEqualTo("sales-head");
        assertThat(customer.lastPurchaseOn()).isEmpty();
        assertThat(customer.newEvents()).last().isInstanceOfSatisfying(CustomerEvent.PurchaseReversed.class, reversed -> {
            assertThat(reversed.purchase()).isEqualTo(purchase);
            assertThat(reversed.spendableAfter()).isZero();
            assertThat(reversed.winBackUndone()).isFalse();
        });
    }

    @Test
    void pointsAlreadySpentCannotBeTakenBackAndTheBalanceNeverGoesBelowZero() {
        Customer customer = registered();
        Purchase purchase = purchase(500_000_00L, LocalDate.of(2026, 8, 1));
        customer.recordPurchase(purchase, LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        customer.redeemPoints(3_000, "INV-1", "sales-staff", TERMS, TODAY, NOW);

        PurchaseReversal reversal = customer.reversePurchase(purchase.purchaseId(), "sales-head", "Wrong customer", LoyaltyRule.DEFAULT,
                TERMS, TODAY, NOW);

        assertThat(reversal.pointsTakenBack()).isEqualTo(2_000);
        assertThat(reversal.pointsNotRecovered()).isEqualTo(3_000);
        assertThat(customer.pointsStanding(TERMS, TODAY).spendable()).isZero();
        assertThat(customer.points().redemptions()).hasSize(1);
    }

    @Test
    void aReversedPurchaseNoLongerCountsForLoyalty() {
        Customer customer = registered();
        customer.recordPurchase(purchase(100_00L, LocalDate.of(2025, 5, 1)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        Purchase mistaken = purchase(100_00L, LocalDate.of(2026, 5, 1));
        customer.recordPurchase(mistaken, LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        assertThat(customer.isLoyal()).isTrue();

        customer.reversePurchase(mistaken.purchaseId(), "sales-head", "Never delivered", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        assertThat(customer.isLoyal()).isFalse();
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.LoyaltyLapsed.class);
    }

    @Test
    void reversingThePurchaseThatWonACustomerBackMakesItLostAgain() {
        Customer customer = registered();
        customer.recordLoss(loss(LocalDate.of(2026, 6, 1)), TODAY, NOW);
        Purchase winBack = purchase(100_00L, LocalDate.of(2026, 7, 1));
        customer.recordPurchase(winBack, LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);

        customer.reversePurchase(winBack.purchaseId(), "sales-head", "Entered on the wrong card", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        assertThat(customer.status()).isEqualTo(CustomerStatus.LOST);
        assertThat(customer.newEvents()).filteredOn(CustomerEvent.PurchaseReversed.class::isInstance).singleElement()
                .extracting(event -> ((CustomerEvent.PurchaseReversed) event).winBackUndone()).isEqualTo(true);
    }

    @Test
    void aPurchaseIsReversedOnceWithAReasonAndOnlyIfTheCustomerHasIt() {
        Customer customer = registered();
        Purchase purchase = purchase(100_00L, LocalDate.of(2026, 7, 1));
        customer.recordPurchase(purchase, LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);

        assertThatThrownBy(() -> customer.reversePurchase(purchase.purchaseId(), "sales-head", " ", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> customer.reversePurchase(purchase.purchaseId(), "sales-head", "x".repeat(501), LoyaltyRule.DEFAULT, TERMS,
                TODAY, NOW)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> customer.reversePurchase("nope", "sales-head", "why", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("purchaseId");
        customer.reversePurchase(purchase.purchaseId(), "sales-head", "why", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        assertThatThrownBy(() -> customer.reversePurchase(purchase.purchaseId(), "sales-head", "again", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reversed already");
    }

    @Test
    void aWithdrawnLossReturnsTheCustomerToActiveAndLoyalAndStaysInTheHistoryMarkedWithdrawn() {
        Customer customer = registered();
        customer.recordPurchase(purchase(100_00L, LocalDate.of(2025, 5, 1)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        customer.recordPurchase(purchase(100_00L, LocalDate.of(2026, 5, 1)), LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        Loss mistaken = loss(LocalDate.of(2026, 6, 1));
        customer.recordLoss(mistaken, TODAY, NOW);
        assertThat(customer.isLoyal()).isFalse();

        WithdrawnLoss withdrawn = customer.withdrawLoss("sales-head", "Recorded on the wrong card", LoyaltyRule.DEFAULT, TODAY, NOW);

        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(customer.loss()).isEmpty();
        assertThat(customer.isLoyal()).isTrue();
        assertThat(withdrawn.loss()).isEqualTo(mistaken);
        assertThat(customer.withdrawnLosses()).containsExactly(withdrawn);
        assertThat(customer.newEvents()).filteredOn(event -> event instanceof CustomerEvent.LossWithdrawn
                || event instanceof CustomerEvent.BecameLoyal).hasSize(3);
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.BecameLoyal.class);
    }

    @Test
    void onlyTheLossOfALostCustomerCanBeWithdrawn() {
        Customer customer = registered();

        assertThatThrownBy(() -> customer.withdrawLoss("sales-head", "why", LoyaltyRule.DEFAULT, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("loss");
        customer.recordLoss(loss(LocalDate.of(2026, 6, 1)), TODAY, NOW);
        assertThatThrownBy(() -> customer.withdrawLoss("sales-head", "", LoyaltyRule.DEFAULT, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reason");
        assertThat(customer.status()).isEqualTo(CustomerStatus.LOST);
    }

    @Test
    void correctionsSurviveBeingStoredAndRestored() {
        Customer customer = registered();
        Purchase purchase = purchase(100_00L, LocalDate.of(2026, 7, 1));
        customer.recordPurchase(purchase, LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        customer.reversePurchase(purchase.purchaseId(), "sales-head", "why", LoyaltyRule.DEFAULT, TERMS, TODAY, NOW);
        customer.recordLoss(loss(LocalDate.of(2026, 8, 1)), TODAY, NOW);
        customer.withdrawLoss("sales-head", "mistake", LoyaltyRule.DEFAULT, TODAY, NOW);

        Customer restored = Customer.restore(customer.state());

        assertThat(restored.purchaseReversals()).isEqualTo(customer.purchaseReversals());
        assertThat(restored.withdrawnLosses()).isEqualTo(customer.withdrawnLosses());
        assertThat(restored.isReversed(purchase)).isTrue();
    }

    private static Customer registered() {
        return Customer.register(CustomerId.newId(), "Northwind Trading", Significance.KEY, Instant.parse("2020-01-01T00:00:00Z"));
    }

    private static Purchase purchase(long minor, LocalDate on) {
        return new Purchase(UUID.randomUUID().toString(), Money.of(minor, "RUB"), on, "C-" + on);
    }

    private static Loss loss(LocalDate on) {
        return new Loss("Rival Textiles", on, List.of(new LossReason(ReasonCode.PRICE_AND_DISCOUNTS, true, Set.of())), null, NOW);
    }
}
