package org.atelier.health.kafka;

import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** Registers the {@code kafka} health indicator against the brokers the service's binder uses. */
@AutoConfiguration
@ConditionalOnClass({Admin.class, HealthIndicator.class})
@ConditionalOnProperty(name = "spring.kafka.bootstrap-servers")
public class KafkaBrokerHealthAutoConfiguration {

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaBrokerHealthIndicator kafkaHealthIndicator(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                                                    @Value("${atelier.health.kafka.timeout:3s}") Duration timeout) {
        return new KafkaBrokerHealthIndicator(bootstrapServers, timeout);
    }
}
