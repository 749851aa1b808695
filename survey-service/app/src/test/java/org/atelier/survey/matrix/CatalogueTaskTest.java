package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.ReasonCode;
import org.junit.jupiter.api.Test;

class CatalogueTaskTest {

    @Test
    void aWrittenTaskIsTrimmedAndKeepsItsReasons() {
        CatalogueTask task = CatalogueTask.written("tenders", "  Tenders ", " Тендеры", " Public bids ", Set.of(ReasonCode.PRICE_AND_DISCOUNTS));

        assertThat(task.nameEn()).isEqualTo("Tenders");
        assertThat(task.nameRu()).isEqualTo("Тендеры");
        assertThat(task.description()).isEqualTo("Public bids");
        assertThat(task.reasons()).containsExactly(ReasonCode.PRICE_AND_DISCOUNTS);
    }

    @Test
    void everyBrokenRuleIsFoundAtOnceAgainstItsField() {
        assertThat(CatalogueTask.violations("Bad Code", " ", "x".repeat(CatalogueTask.MAX_NAME + 1), "y".repeat(CatalogueTask.MAX_DESCRIPTION + 1)))
                .extracting(RuleViolation::field, RuleViolation::code)
                .containsExactly(tuple("code", "task.codeInvalid"), tuple("nameEn", "task.nameRequired"),
                        tuple("nameRu", "text.tooLong"), tuple("description", "text.tooLong"));
        assertThat(CatalogueTask.violations("a", "A", "А", null)).as("a code has two characters at least").hasSize(1);
        assertThat(CatalogueTask.violations("order-intake-2", "A", "А", null)).isEmpty();
    }

    @Test
    void aTaskThatBreaksARuleIsNotWritten() {
        assertThatThrownBy(() -> CatalogueTask.written("tenders", "Tenders", null, "", Set.of()))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("nameRu"));
    }
}
