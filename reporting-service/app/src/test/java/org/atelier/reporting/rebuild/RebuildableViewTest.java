package org.atelier.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RebuildableViewTest {

    @Test
    void viewsAreFoundByTheirApiNameOnly() {
        assertThat(RebuildableView.byId("exit-interviews")).contains(RebuildableView.EXIT_INTERVIEWS);
        assertThat(RebuildableView.byId("EXIT_INTERVIEWS")).isEmpty();
        assertThat(RebuildableView.byId("churn ")).isEmpty();
        assertThat(RebuildableView.byId("")).isEmpty();
    }

    @Test
    void eachCollectionBelongsToExactlyOneView() {
        assertThat(Arrays.stream(RebuildableView.values()).flatMap(view -> view.collections().stream()))
                .doesNotHaveDuplicates();
        assertThat(RebuildableView.owning("churn_withdrawn_losses")).contains(RebuildableView.CHURN);
        assertThat(RebuildableView.owning("pool_annual_figures")).contains(RebuildableView.POOL);
        assertThat(RebuildableView.owning("idempotency_keys")).isEmpty();
    }

    @Test
    void renamedCollectionsAreReadAndWrittenUnderTheirNewNamesOnly() {
        CollectionNames names = CollectionNames.renamed(Map.of("matrix_facts", "matrix_facts_r1"));

        assertThat(names.forReading("matrix_facts")).isEqualTo("matrix_facts_r1");
        assertThat(names.forWriting("matrix_facts")).containsExactly("matrix_facts_r1");
        assertThat(names.forReading("claim_outcome_facts")).isEqualTo("claim_outcome_facts");
        assertThat(CollectionNames.fixed().forWriting("churn_lost_customers")).containsExactly("churn_lost_customers");
    }
}
