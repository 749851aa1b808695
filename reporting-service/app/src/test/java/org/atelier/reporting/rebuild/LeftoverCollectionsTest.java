package org.atelier.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoverCollectionsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final long OLD = NOW.minus(LeftoverCollections.GRACE).toEpochMilli() - 1;
    private static final long YOUNG = NOW.minus(LeftoverCollections.GRACE).toEpochMilli() + 1;

    @Test
    void rebuildCollectionsNeitherActiveNorInProgressNorYoungAreLeftOver() {
        List<String> existing = List.of("churn_lost_customers", "churn_lost_customers_r1", "churn_lost_customers_r2",
                "churn_lost_customers_r3", "churn_withdrawn_losses_r" + OLD, "churn_lost_customers_r" + YOUNG);

        assertThat(LeftoverCollections.of(RebuildableView.CHURN, existing, List.of("churn_lost_customers_r2"),
                List.of("churn_lost_customers_r3"), NOW))
                .containsExactlyInAnyOrder("churn_lost_customers_r1", "churn_withdrawn_losses_r" + OLD);
    }

    @Test
    void onlyTheViewsOwnCollectionsWithADigitSuffixAreEverLeftOver() {
        List<String> existing = List.of("churn_lost_customers", "matrix_facts_r1", "churn_lost_customers_rx", "churn_lost_customers_r",
                "churn_lost_customers_r1_copy", "xchurn_lost_customers_r1", "view_collections", "churn_lost_customers_r1");

        assertThat(LeftoverCollections.of(RebuildableView.CHURN, existing, List.of(), List.of(), NOW))
                .containsExactly("churn_lost_customers_r1");
        assertThat(LeftoverCollections.of(RebuildableView.MATRIX, existing, List.of(), List.of(), NOW))
                .containsExactly("matrix_facts_r1");
    }

    @Test
    void theSuffixIsTheRebuildsStartInMillis() {
        assertThat(LeftoverCollections.rebuiltAt(RebuildableView.POOL, "pool_loyalty_facts_r1764740000000")).isEqualTo(1764740000000L);
        assertThat(LeftoverCollections.rebuiltAt(RebuildableView.POOL, "pool_loyalty_facts")).isNull();
        assertThat(LeftoverCollections.rebuiltAt(RebuildableView.CLAIMS, "pool_loyalty_facts_r1")).isNull();
    }
}
