package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void registeringRaisesCustomerRegistered() {
        Customer customer = Customer.register(CustomerId.newId(), "  Northwind Trading ", Significance.KEY, NOW);

        assertThat(customer.name()).isEqualTo("Northwind Trading");
        assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(customer.newEvents()).singleElement().isInstanceOf(CustomerEvent.Registered.class);
    }

    @Test
    void recordingALossMarksTheCustomerLostAndRaisesCustomerLost() {
        Customer customer = stored();

        customer.recordLoss(loss(LocalDate.of(2026, 3, 14)), TODAY, NOW);

        assertThat(customer.status()).isEqualTo(CustomerStatus.LOST);
        assertThat(customer.newEvents()).singleElement().isInstanceOfSatisfying(CustomerEvent.Lost.class,
                lost -> assertThat(lost.loss().competitor()).isEqualTo("Rival Textiles"));
    }

    @Test
    void aLostCustomerCannotBeLostAgain() {
        Customer customer = stored();
        customer.recordLoss(loss(LocalDate.of(2026, 3, 14)), TODAY, NOW);

        assertThatThrownBy(() -> customer.recordLoss(loss(LocalDate.of(2026, 3, 15)), TODAY, NOW)).isInstanceOf(CustomerAlreadyLost.class);
        assertThat(customer.newEvents()).hasSize(1);
    }

    @Test
    void aLossCannotBeDatedInTheFutureButTodayIsFine() {
        assertThatThrownBy(() -> stored().recordLoss(loss(LocalDate.of(2026, 3, 21)), TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("lostOn");

        Customer customer = stored();
        customer.recordLoss(loss(LocalDate.of(2026, 3, 20)), TODAY, NOW);
        assertThat(customer.status()).isEqualTo(CustomerStatus.LOST);
    }

    @Test
    void aCustomerNeedsAShortEnoughName() {
        assertThatThrownBy(() -> Customer.register(CustomerId.newId(), " ", Significance.KEY, NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Customer.register(CustomerId.newId(), "x".repeat(201), Significance.KEY, NOW)).isInstanceOf(RuleViolation.class);
    }

    private static Customer stored() {
        return Customer.restore(new CustomerState(CustomerId.newId(), "Northwind Trading", Significance.KEY, null, null,
                NOW.minusSeconds(86_400 * 400), CustomerStatus.ACTIVE, null, null, false, null, null, null, null, 1));
    }

    private static Loss loss(LocalDate lostOn) {
        return new Loss("Rival Textiles", lostOn,
                List.of(new LossReason(ReasonCode.STAFF_ATTITUDE, true, Set.of(new DepartmentCode("logistics")))), null, NOW);
    }
}
