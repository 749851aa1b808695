package org.atelier.reporting.rebuild.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.churn.application.ProjectingInterviews;
import org.atelier.reporting.churn.application.ProjectingLosses;
import org.atelier.reporting.churn.messaging.LoyaltyEventsConsumer;
import org.atelier.reporting.churn.messaging.SurveyEventsConsumer;
import org.atelier.reporting.churn.persistence.MongoInterviewFacts;
import org.atelier.reporting.churn.persistence.MongoLostCustomers;
import org.atelier.reporting.claims.application.ProjectingClaims;
import org.atelier.reporting.claims.messaging.ClaimsEventsConsumer;
import org.atelier.reporting.claims.persistence.MongoClaimFacts;
import org.atelier.reporting.matrix.application.ProjectingMatrix;
import org.atelier.reporting.matrix.messaging.MatrixEventsConsumer;
import org.atelier.reporting.matrix.persistence.MongoMatrixFacts;
import org.atelier.reporting.pool.application.ProjectingPool;
import org.atelier.reporting.pool.messaging.PoolLoyaltyEventsConsumer;
import org.atelier.reporting.pool.persistence.MongoPoolFacts;
import org.atelier.reporting.rebuild.RebuildLeftovers;
import org.atelier.reporting.rebuild.RebuildLog;
import org.atelier.reporting.rebuild.TopicReplay;
import org.atelier.reporting.rebuild.ViewCollections;
import org.atelier.reporting.rebuild.ViewRebuilds;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The views' collection registry, which every read model's persistence asks for its collections, and the rebuilds.
 * A rebuild applies each record through the same consumer classes the binder calls, built over the new collections.
 */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

    @Bean
    ViewCollections viewCollections(MongoTemplate mongo, @Value("${atelier.rebuild.registry-cache:1s}") Duration cachedFor) {
        return new ViewCollections(mongo, cachedFor);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService rebuildExecutor() {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "view-rebuild-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    RebuildLeftovers rebuildLeftovers(MongoTemplate mongo, ViewCollections viewCollections) {
        return new RebuildLeftovers(mongo, new ViewCollections(mongo), viewCollections.cachedFor(), new RebuildLog(mongo), Clock.systemUTC());
    }

    /** At start-up, in the background: a rebuild whose instance died leaves its collections until then at the latest. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> dropRebuildLeftoversAtStartUp(RebuildLeftovers leftovers, ExecutorService rebuildExecutor,
            @Value("${atelier.rebuild.drop-leftovers-at-start-up:true}") boolean enabled) {
        return ready -> {
            if (enabled) {
                rebuildExecutor.execute(() -> {
                    try {
                        leftovers.dropForEveryView();
                    } catch (RuntimeException e) {
                        LoggerFactory.getLogger(RebuildLeftovers.class).warn("Could not drop the rebuilds' leftover collections", e);
                    }
                });
            }
        };
    }

    @Bean
    ViewRebuilds viewRebuilds(MongoTemplate mongo, MeterRegistry meters, ViewCollections viewCollections, CompanyCalendar calendar,
                              Environment environment, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                              ExecutorService rebuildExecutor, RebuildLeftovers rebuildLeftovers) {
        OnceOnlyWriter writer = new OnceOnlyWriter(mongo, meters);
        ViewRebuilds.Projectors projectors = view -> switch (view) {
            case CHURN -> names -> new LoyaltyEventsConsumer(new ProjectingLosses(new MongoLostCustomers(mongo, writer, names)));
            case EXIT_INTERVIEWS -> names -> new SurveyEventsConsumer(new ProjectingInterviews(new MongoInterviewFacts(mongo, writer, names)));
            case CLAIMS -> names -> new ClaimsEventsConsumer(new ProjectingClaims(new MongoClaimFacts(mongo, writer, names)), calendar);
            case POOL -> names -> new PoolLoyaltyEventsConsumer(new ProjectingPool(new MongoPoolFacts(mongo, writer, names)), calendar);
            case MATRIX -> names -> new MatrixEventsConsumer(new ProjectingMatrix(new MongoMatrixFacts(mongo, writer, names)));
        };
        return new ViewRebuilds(mongo, viewCollections, new RebuildLog(mongo), new TopicReplay(bootstrapServers),
                view -> environment.getRequiredProperty(view.topicProperty()), projectors, rebuildExecutor, rebuildLeftovers,
                Clock.systemUTC());
    }
}
