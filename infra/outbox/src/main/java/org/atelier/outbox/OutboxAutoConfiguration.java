package org.atelier.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Wires the outbox for any service that has a {@link MongoTemplate} and a {@link StreamBridge}. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StreamBridge.class)
    OutboxPublisher outboxPublisher(StreamBridge streamBridge) {
        return new StreamBridgeOutboxPublisher(streamBridge);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({MongoTemplate.class, OutboxPublisher.class})
    OutboxRelay outboxRelay(MongoTemplate mongo, OutboxPublisher publisher, OutboxProperties properties,
                            ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, publisher, new CrashDrill(properties.crashDrillArmed()), meterRegistry(meters));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(OutboxRelay.class)
    AggregateDocuments aggregateDocuments(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateDocuments(mongo, relay);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxSweeper outboxSweeper(MongoTemplate mongo, OutboxRelay relay, OutboxProperties properties,
                                ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new OutboxSweeper(mongo, relay, properties, clock.getIfAvailable(Clock::systemUTC), meterRegistry(meters));
    }

    private static MeterRegistry meterRegistry(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    }
}
