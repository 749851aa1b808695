package org.atelier.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import org.atelier.events.schemas.EventContracts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaderMapper;

/** Wires the outbox for any service that has a {@link MongoTemplate} and a {@link StreamBridge}. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.cloud.stream.function.FunctionConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** Only the declared headers on the wire; the binder picks this bean up by its name. */
    @Bean(DeclaredHeadersOnly.BEAN_NAME)
    @ConditionalOnMissingBean(name = DeclaredHeadersOnly.BEAN_NAME)
    KafkaHeaderMapper declaredHeadersOnly() {
        return new DeclaredHeadersOnly();
    }

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
                            ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, publisher, new CrashDrill(properties.crashDrillArmed()), meterRegistry(meters),
                thisProcess(), properties.leaseDuration(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoTemplate.class)
    OutboxCollections outboxCollections(MongoTemplate mongo) {
        return OutboxCollections.discoveredFrom(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(OutboxRelay.class)
    AggregateDocuments aggregateDocuments(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections) {
        return new AggregateDocuments(mongo, relay, collections, EventContracts.onClasspath());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxSweeper outboxSweeper(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections, OutboxProperties properties,
                                ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        return new OutboxSweeper(mongo, relay, collections, properties, clock.getIfAvailable(Clock::systemUTC), meterRegistry(meters));
    }

    /** pid@host plus a random part, so a restarted process on the same pid is still another lease owner. */
    private static String thisProcess() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MeterRegistry meterRegistry(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
    }
}
