package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atelier.survey.common.RuleViolation;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    @Test
    void exactlyOneReasonIsPrimary() {
        assertThatThrownBy(() -> new Questionnaire(List.of(new Reason(ReasonCode.ASSORTMENT, false, List.of())), null, WouldReturn.NO, null))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("reasons");
        assertThatThrownBy(() -> new Questionnaire(List.of(new Reason(ReasonCode.ASSORTMENT, true, List.of()),
                new Reason(ReasonCode.LOGISTICS, true, List.of())), null, WouldReturn.NO, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void atLeastOneReasonAndEachAtMostOnce() {
        assertThatThrownBy(() -> new Questionnaire(List.of(), null, WouldReturn.NO, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Questionnaire(List.of(new Reason(ReasonCode.ASSORTMENT, true, List.of()),
                new Reason(ReasonCode.ASSORTMENT, false, List.of())), null, WouldReturn.NO, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void departmentsAtFaultAreNamedForStaffAttitudeAndOnlyForIt() {
        assertThatThrownBy(() -> new Questionnaire(List.of(new Reason(ReasonCode.STAFF_ATTITUDE, true, List.of())), null, WouldReturn.NO, null))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("departmentsAtFault");
        assertThatThrownBy(() -> new Questionnaire(List.of(new Reason(ReasonCode.LOGISTICS, true, List.of("logistics"))), null,
                WouldReturn.NO, null)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("departmentsAtFault");
    }

    @Test
    void wouldReturnIsAnsweredAndTextsAreBounded() {
        List<Reason> reasons = List.of(new Reason(ReasonCode.PAYMENT_TERMS, true, List.of()));
        assertThatThrownBy(() -> new Questionnaire(reasons, null, null, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Questionnaire(reasons, "x".repeat(2001), WouldReturn.YES, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Questionnaire(reasons, null, WouldReturn.YES, "x".repeat(2001))).isInstanceOf(RuleViolation.class);
        assertThat(new Questionnaire(reasons, "  ", WouldReturn.YES, "x".repeat(2000)).wouldHaveKept()).isNull();
    }
}
