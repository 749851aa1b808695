package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LossTest {

    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final DepartmentCode LOGISTICS = new DepartmentCode("logistics");

    @Test
    void staffAttitudeReasonRequiresADepartmentAtFault() {
        assertThatThrownBy(() -> new LossReason(ReasonCode.STAFF_ATTITUDE, true, Set.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("department");
    }

    @Test
    void otherReasonsCannotNameDepartments() {
        assertThatThrownBy(() -> new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of(LOGISTICS)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void bothDepartmentRefusalsNameTheDepartmentBoxesNotTheReasons() {
        assertThatThrownBy(() -> new LossReason(ReasonCode.STAFF_ATTITUDE, true, Set.of()))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("departmentsAtFault");
        assertThatThrownBy(() -> new LossReason(ReasonCode.PAYMENT_TERMS, true, Set.of(LOGISTICS)))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("departmentsAtFault");
    }

    @Test
    void aCompetitorOfTenThousandCharactersIsRefusedNamingTheField() {
        LossReason price = new LossReason(ReasonCode.PRICE_AND_DISCOUNTS, true, Set.of());
        assertThatThrownBy(() -> new Loss("x".repeat(10_000), LocalDate.of(2026, 3, 1), List.of(price), null, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("competitor");
        assertThat(new Loss("x".repeat(Loss.MAX_COMPETITOR_LENGTH), LocalDate.of(2026, 3, 1), List.of(price), null, NOW).competitor())
                .hasSize(200);
    }

    @Test
    void exactlyOneReasonIsPrimary() {
        LossReason price = new LossReason(ReasonCode.PRICE_AND_DISCOUNTS, true, Set.of());
        LossReason staff = new LossReason(ReasonCode.STAFF_ATTITUDE, true, Set.of(LOGISTICS));
        LossReason assortment = new LossReason(ReasonCode.ASSORTMENT, false, Set.of());

        assertThatThrownBy(() -> loss(List.of(price, staff))).isInstanceOf(RuleViolation.class).hasMessageContaining("found 2");
        assertThatThrownBy(() -> loss(List.of(assortment))).isInstanceOf(RuleViolation.class).hasMessageContaining("found 0");
        assertThat(loss(List.of(assortment, staff)).primaryReason()).isEqualTo(staff);
    }

    @Test
    void aReasonIsGivenOnlyOnce() {
        LossReason first = new LossReason(ReasonCode.LOGISTICS, true, Set.of());
        LossReason again = new LossReason(ReasonCode.LOGISTICS, false, Set.of());

        assertThatThrownBy(() -> loss(List.of(first, again))).isInstanceOf(RuleViolation.class).hasMessageContaining("twice");
    }

    @Test
    void atLeastOneReasonAndANamedCompetitor() {
        assertThatThrownBy(() -> loss(List.of())).isInstanceOf(RuleViolation.class);
        LossReason price = new LossReason(ReasonCode.PRICE_AND_DISCOUNTS, true, Set.of());
        assertThatThrownBy(() -> new Loss("  ", LocalDate.of(2026, 3, 1), List.of(price), null, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("competitor");
    }

    @Test
    void departmentCodesAreShortLowerCaseWords() {
        assertThatThrownBy(() -> new DepartmentCode("Logistics")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new DepartmentCode("x")).isInstanceOf(RuleViolation.class);
        assertThat(new DepartmentCode("top-management").value()).isEqualTo("top-management");
    }

    private static Loss loss(List<LossReason> reasons) {
        return new Loss("Rival Textiles", LocalDate.of(2026, 3, 1), reasons, null, NOW);
    }
}
