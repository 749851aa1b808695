package org.atelier.reporting.projection.config;

import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.reporting.projection.kafka.DeadLettersPerRecord;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;

/**
 * The projections' bindings take a poll at a time ({@code batch-mode: true}); their retries and dead letters are done
 * record by record in the listener container ({@link DeadLettersPerRecord}), published with Spring Boot's Kafka
 * template (configured under {@code spring.kafka.producer} to send the records' bytes as they came).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    DeadLettersPerRecord deadLettersPerRecord(KafkaOperations<?, ?> kafkaTemplate, BindingServiceProperties bindings) {
        Set<DeadLettersPerRecord.Binding> batchBindings = bindings.getBindings().values().stream()
                .filter(binding -> binding.getConsumer() != null && binding.getConsumer().isBatchMode())
                .map(binding -> new DeadLettersPerRecord.Binding(binding.getDestination(), binding.getGroup()))
                .collect(Collectors.toSet());
        return new DeadLettersPerRecord(kafkaTemplate, batchBindings);
    }
}
