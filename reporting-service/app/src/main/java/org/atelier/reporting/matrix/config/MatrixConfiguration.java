package org.atelier.reporting.matrix.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.matrix.MatrixFacts;
import org.atelier.reporting.matrix.MatrixRules;
import org.atelier.reporting.matrix.application.BuildingMatrixReport;
import org.atelier.reporting.matrix.application.ProjectingMatrix;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.matrix.messaging.MatrixEventsConsumer;
import org.atelier.reporting.matrix.persistence.MongoMatrixFacts;
import org.springframework.beans.factory.annotation.Value;
import org.atelier.reporting.rebuild.CollectionNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * Wires the matrix read model; {@code matrixSurveyEvents} is the Spring Cloud Stream consumer of survey's topic in the
 * consumer group {@code reporting-service-matrix}, beside the exit interviews' own.
 */
@Configuration(proxyBeanMethods = false)
class MatrixConfiguration {

    @Bean
    MatrixRules matrixRules(@Value("${atelier.matrix.anonymity-threshold:3}") int anonymityThreshold,
                            @Value("${atelier.matrix.owner-above-bp:5000}") int ownerAboveBp,
                            @Value("${atelier.matrix.contested-at-least-bp:2500}") int contestedAtLeastBp,
                            @Value("${atelier.matrix.blind-spot-others-at-least-bp:5000}") int blindOthersAtLeastBp,
                            @Value("${atelier.matrix.blind-spot-own-below-bp:2000}") int blindOwnBelowBp,
                            @Value("${atelier.matrix.forgotten-below-bp:2000}") int forgottenBelowBp) {
        return new MatrixRules(anonymityThreshold, ownerAboveBp, contestedAtLeastBp, blindOthersAtLeastBp, blindOwnBelowBp, forgottenBelowBp);
    }

    @Bean
    MatrixFacts matrixFacts(MongoTemplate mongo, MeterRegistry meters, CollectionNames viewCollections) {
        return new MongoMatrixFacts(mongo, new OnceOnlyWriter(mongo, meters), viewCollections);
    }

    @Bean
    BuildingMatrixReport buildingMatrixReport(MatrixFacts matrixFacts, MatrixRules matrixRules) {
        return new BuildingMatrixReport(matrixFacts, matrixRules);
    }

    @Bean
    Consumer<Message<List<byte[]>>> matrixSurveyEvents(MatrixFacts matrixFacts, EventsSeen eventsSeen) {
        return new MatrixEventsConsumer(new ProjectingMatrix(matrixFacts), eventsSeen)::acceptPoll;
    }
}
