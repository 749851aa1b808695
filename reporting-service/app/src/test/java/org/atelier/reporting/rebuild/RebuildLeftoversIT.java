package org.atelier.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Collections left by rebuilds that died (or by a switch that did not get to drop the old ones) are dropped; the
 * active ones and those of a rebuild running on another instance stay.
 */
@UsesSharedInfrastructure
@SpringBootTest(properties = {
        "spring.mongodb.database=reporting_rebuild_leftovers_it",
        "atelier.rebuild.drop-leftovers-at-start-up=false"})
class RebuildLeftoversIT {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final long OLD = NOW.minus(Duration.ofHours(1)).toEpochMilli();

    @Autowired
    MongoTemplate mongo;

    private RebuildLeftovers leftovers;

    @BeforeEach
    void emptyDatabase() {
        mongo.getCollectionNames().forEach(mongo::dropCollection);
        leftovers = new RebuildLeftovers(mongo, new ViewCollections(mongo), Duration.ZERO, new RebuildLog(mongo),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void leftoversAreDroppedWhileActiveAndInProgressCollectionsStay() {
        // Churn is rebuilding on another instance (beat 10 s ago) and reads the collections of an earlier rebuild.
        registry("churn", Map.of("churn_lost_customers", "churn_lost_customers_r" + (OLD + 2),
                        "churn_withdrawn_losses", "churn_withdrawn_losses_r" + (OLD + 2)),
                Map.of("churn_lost_customers", "churn_lost_customers_r" + (OLD + 3),
                        "churn_withdrawn_losses", "churn_withdrawn_losses_r" + (OLD + 3)));
        rebuildLog("churn", RebuildStatus.RUNNING, NOW.minusSeconds(10));
        List<String> kept = List.of("churn_lost_customers_r" + (OLD + 2), "churn_withdrawn_losses_r" + (OLD + 2),
                "churn_lost_customers_r" + (OLD + 3), "churn_withdrawn_losses_r" + (OLD + 3), "churn_lost_customers",
                "churn_withdrawn_losses", "churn_lost_customers_r" + NOW.minusSeconds(5).toEpochMilli());
        List<String> orphaned = List.of("churn_lost_customers_r" + OLD, "churn_withdrawn_losses_r" + OLD,
                "churn_lost_customers_r" + (OLD + 1));
        create(kept);
        create(orphaned);

        assertThat(leftovers.dropFor(RebuildableView.CHURN)).containsExactlyInAnyOrderElementsOf(orphaned);

        assertThat(mongo.getCollectionNames()).containsAll(kept).doesNotContainAnyElementsOf(orphaned);
    }

    @Test
    void aDeadRebuildsCollectionsAreUnregisteredAndDropped() {
        // The instance rebuilding claims died: its log entry has not beaten for longer than a rebuild may stay silent.
        String dead = "claim_outcome_facts_r" + OLD;
        registry("claims", null, Map.of("claim_outcome_facts", dead));
        rebuildLog("claims", RebuildStatus.RUNNING, NOW.minus(RebuildLog.STALE).minusSeconds(1));
        create(List.of(dead, "claim_outcome_facts"));
        // Another view's collections are not this view's to drop.
        create(List.of("matrix_facts_r" + OLD));

        assertThat(leftovers.dropFor(RebuildableView.CLAIMS)).containsExactly(dead);

        assertThat(mongo.getCollectionNames()).contains("claim_outcome_facts", "matrix_facts_r" + OLD).doesNotContain(dead);
        assertThat(new ViewCollections(mongo).building(RebuildableView.CLAIMS)).isEmpty();
        assertThat(new ViewCollections(mongo).forWriting("claim_outcome_facts")).containsExactly("claim_outcome_facts");
    }

    @Test
    void aFinishedRebuildsOldCollectionsAreDroppedOnStartUpForEveryView() {
        registry("matrix", Map.of("matrix_facts", "matrix_facts_r" + (OLD + 1)), null);
        rebuildLog("matrix", RebuildStatus.FINISHED, NOW.minus(Duration.ofMinutes(30)));
        create(List.of("matrix_facts_r" + OLD, "matrix_facts_r" + (OLD + 1), "pool_annual_figures_r" + OLD));

        assertThat(leftovers.dropForEveryView()).containsExactlyInAnyOrder("matrix_facts_r" + OLD, "pool_annual_figures_r" + OLD);

        assertThat(mongo.getCollectionNames()).contains("matrix_facts_r" + (OLD + 1))
                .doesNotContain("matrix_facts_r" + OLD, "pool_annual_figures_r" + OLD);
    }

    private void registry(String view, Map<String, String> active, Map<String, String> building) {
        Document entry = new Document("_id", view);
        if (active != null) {
            entry.append("active", new Document(active));
        }
        if (building != null) {
            entry.append("building", new Document(building));
        }
        mongo.save(entry, ViewCollections.REGISTRY);
    }

    private void rebuildLog(String view, String state, Instant beatAt) {
        mongo.save(new Document("_id", view).append("state", state).append("startedAt", Date.from(beatAt.minusSeconds(60)))
                .append("beatAt", Date.from(beatAt)), RebuildLog.COLLECTION);
    }

    private void create(List<String> names) {
        names.forEach(name -> mongo.getCollection(name).insertOne(new Document("_id", "one")));
    }
}
