package org.atelier.loyalty.customer;

import org.atelier.loyalty.programme.ProgrammeTerms;

import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PurchaseAndMoneyTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void moneyAddsExactlyInMinorUnitsAndRefusesToMixCurrencies() {
        Money sum = Money.of(10, "RUB").plus(Money.of(20, "RUB"));

        assertThat(sum).isEqualTo(Money.of(30, "RUB"));
        assertThat(Money.of(1_250_000_01L, "RUB").toDecimal().toPlainString()).isEqualTo("1250000.01");
        assertThatThrownBy(() -> Money.of(1, "RUB").plus(Money.of(1, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "RUB").plus(Money.of(1, "RUB"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(1, "RUBLES")).isInstanceOf(RuleViolation.class).hasMessageContaining("ISO 4217");
    }

    @Test
    void aPurchaseHasAPositiveAmountAndAContract() {
        assertThatThrownBy(() -> new Purchase("p", Money.of(0, "RUB"), LocalDate.of(2026, 1, 1), "C-1")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Purchase("p", Money.of(5, "RUB"), LocalDate.of(2026, 1, 1), " ")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSecondYearOfPurchasesMakesTheCustomerLoyal() {
        Customer customer = active();

        customer.recordPurchase(purchase(LocalDate.of(2025, 4, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);
        assertThat(customer.isLoyal()).isFalse();
        customer.recordPurchase(purchase(LocalDate.of(2026, 4, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);

        assertThat(customer.isLoyal()).isTrue();
        assertThat(customer.newEvents()).filteredOn(CustomerEvent.BecameLoyal.class::isInstance).hasSize(1);
        assertThat(customer.newEvents()).filteredOn(CustomerEvent.PurchaseMade.class::isInstance).hasSize(2);
    }

    @Test
    void aLostCustomerBuyingAgainIsRegainedButAnOldInvoiceDoesNotCount() {
        Customer customer = active();
        customer.recordLoss(new Loss("Rival", LocalDate.of(2026, 3, 14),
                List.of(new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of())), null, NOW), TODAY, NOW);

        customer.recordPurchase(purchase(LocalDate.of(2026, 2, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);
        assertThat(customer.status()).as("an invoice from before the loss").isEqualTo(CustomerStatus.LOST);

        customer.recordPurchase(purchase(LocalDate.of(2026, 8, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(customer.newEvents()).filteredOn(CustomerEvent.Regained.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((CustomerEvent.Regained) event).previousLoss().competitor()).isEqualTo("Rival"));
    }

    @Test
    void losingALoyalCustomerEndsItsLoyalty() {
        Customer customer = active();
        customer.recordPurchase(purchase(LocalDate.of(2025, 4, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);
        customer.recordPurchase(purchase(LocalDate.of(2026, 4, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);

        customer.recordLoss(new Loss("Rival", LocalDate.of(2026, 8, 30),
                List.of(new LossReason(ReasonCode.ASSORTMENT, true, Set.of())), null, NOW), TODAY, NOW);

        assertThat(customer.isLoyal()).isFalse();
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.LoyaltyLapsed.class);
    }

    @Test
    void aClubMemberIsLoyalWithoutPurchasesAndLeavingTheClubEndsThat() {
        Customer customer = active();

        customer.changeClubMembership(true, "marketing-staff", LoyaltyRule.DEFAULT, TODAY, NOW);
        assertThat(customer.isLoyal()).isTrue();
        customer.changeClubMembership(false, "marketing-staff", LoyaltyRule.DEFAULT, TODAY, NOW);

        assertThat(customer.isLoyal()).isFalse();
        assertThat(customer.newEvents()).extracting(event -> event.getClass().getSimpleName()).containsExactly(
                "ClubMembershipChanged", "BecameLoyal", "ClubMembershipChanged", "LoyaltyLapsed");
        assertThatThrownBy(() -> customer.changeClubMembership(false, "m", LoyaltyRule.DEFAULT, TODAY, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aLostCustomerCannotJoinTheClub() {
        Customer customer = active();
        customer.recordLoss(new Loss("Rival", LocalDate.of(2026, 3, 14),
                List.of(new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of())), null, NOW), TODAY, NOW);

        assertThatThrownBy(() -> customer.changeClubMembership(true, "m", LoyaltyRule.DEFAULT, TODAY, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPurchaseCannotBeDatedInTheFuture() {
        assertThatThrownBy(() -> active().recordPurchase(purchase(LocalDate.of(2026, 9, 2)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("date");
    }

    @Test
    void theYearEndReviewLapsesACustomerWithoutPurchasesForAFullYear() {
        Customer customer = active();
        customer.recordPurchase(purchase(LocalDate.of(2025, 4, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);
        customer.recordPurchase(purchase(LocalDate.of(2026, 4, 1)), LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, TODAY, NOW);

        customer.reviewLoyalty(LoyaltyRule.DEFAULT, LocalDate.of(2027, 12, 31), NOW);
        assertThat(customer.isLoyal()).isTrue();
        customer.reviewLoyalty(LoyaltyRule.DEFAULT, LocalDate.of(2028, 1, 1), NOW);
        assertThat(customer.isLoyal()).isFalse();
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.LoyaltyLapsed.class);
    }

    private static Customer active() {
        return Customer.restore(new CustomerState(CustomerId.newId(), "Northwind", Significance.KEY, null, null,
                Instant.parse("2024-01-01T00:00:00Z"), CustomerStatus.ACTIVE, null, null, false, null, null, null, null, 1));
    }

    private static Purchase purchase(LocalDate date) {
        return new Purchase(java.util.UUID.randomUUID().toString(), Money.of(100_000_00L, "RUB"), date, "C-" + date);
    }
}
