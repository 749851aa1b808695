package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.atelier.survey.exit.ReasonCode;
import org.junit.jupiter.api.Test;

class TaskCatalogueTest {

    @Test
    void theDefaultCatalogueHasAtLeastTwelveDistinctTasksNamedInBothLanguages() {
        assertThat(TaskCatalogue.defaultTasks()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(task -> assertThat(task.nameRu()).isNotBlank().isNotEqualTo(task.nameEn()))
                .extracting(CatalogueTask::code).doesNotHaveDuplicates();
    }

    @Test
    void tasksNameTheLossReasonsTheyTouch() {
        assertThat(TaskCatalogue.defaultTasks()).filteredOn(task -> task.code().equals("delivery")).singleElement()
                .satisfies(task -> assertThat(task.reasons()).contains(ReasonCode.LOGISTICS));
        assertThat(TaskCatalogue.defaultTasks()).filteredOn(task -> task.code().equals("contract-fulfilment")).singleElement()
                .satisfies(task -> assertThat(task.reasons()).contains(ReasonCode.CONTRACT_FULFILMENT));
        assertThat(TaskCatalogue.defaultTasks()).filteredOn(task -> task.code().equals("complaints")).singleElement()
                .satisfies(task -> assertThat(task.reasons()).contains(ReasonCode.STAFF_ATTITUDE, ReasonCode.PRODUCT_QUALITY));
    }
}
