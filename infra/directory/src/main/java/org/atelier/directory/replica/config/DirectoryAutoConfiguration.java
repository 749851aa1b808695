package org.atelier.directory.replica.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.function.Consumer;
import org.atelier.directory.Directory;
import org.atelier.directory.replica.IdentityEventApplier;
import org.atelier.directory.replica.ReplicaProgress;
import org.atelier.directory.replica.kafka.IdentityEventsConsumer;
import org.atelier.directory.replica.kafka.TopicExtents;
import org.atelier.directory.replica.mongo.MongoDirectoryReplica;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/**
 * The company directory replica, for a service that sets {@code atelier.directory.enabled=true}: the identity topic
 * read into the service's own collections, the {@link Directory} port on them, the {@code directory} readiness
 * indicator, the lag gauge {@code atelier.directory.lag} and the counter {@code atelier.directory.skipped} of events
 * of a type this version does not know. The binding's settings come from {@link DirectoryDefaults}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.cloud.stream.function.FunctionConfiguration")
@ConditionalOnProperty(name = "atelier.directory.enabled", havingValue = "true")
@EnableConfigurationProperties(DirectoryProperties.class)
public class DirectoryAutoConfiguration {

    /** The consumer's bean name; its binding is {@value #BINDING}. */
    public static final String FUNCTION = "directoryIdentityEvents";
    public static final String BINDING = FUNCTION + "-in-0";

    /** The service's {@link Directory}: the replica is read where it is written. */
    @Bean
    MongoDirectoryReplica directoryReplica(MongoTemplate mongo) {
        return new MongoDirectoryReplica(mongo);
    }

    @Bean
    ReplicaProgress directoryProgress() {
        return new ReplicaProgress();
    }

    @Bean
    ProgressWatch directoryProgressWatch(DirectoryProperties properties, ReplicaProgress progress,
                                         @Value("${spring.cloud.stream.kafka.binder.brokers:${spring.kafka.bootstrap-servers:127.0.0.1:9092}}") String brokers) {
        return new ProgressWatch(new TopicExtents(brokers, properties.topic(), properties.brokerTimeout()), progress, properties.progressEvery());
    }

    @Bean
    DirectoryReadiness directoryHealthIndicator(ReplicaProgress progress, DirectoryProperties properties) {
        return new DirectoryReadiness(progress, properties.topic());
    }

    @Bean(FUNCTION)
    Consumer<Message<byte[]>> directoryIdentityEvents(MongoDirectoryReplica replica, ReplicaProgress progress,
                                                      ObjectProvider<MeterRegistry> meters, Environment environment) {
        MeterRegistry registry = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new);
        Gauge.builder("atelier.directory.lag", progress, read -> read.lag().isPresent() ? read.lag().getAsLong() : Double.NaN)
                .description("Identity events published but not yet read into the directory replica").baseUnit("events").register(registry);
        IdentityEventApplier applier = new IdentityEventApplier(replica, type -> Counter.builder("atelier.directory.skipped")
                .description("Identity events of a type or version the directory replica does not know, skipped")
                .tag("type", type.toString()).register(registry).increment());
        int maxAttempts = environment.getProperty("spring.cloud.stream.bindings." + BINDING + ".consumer.max-attempts", Integer.class, 3);
        return new IdentityEventsConsumer(applier, progress, maxAttempts);
    }

    /** A service that lists consumers of its own must list the replica's too, or it would silently never be bound. */
    @Bean
    SmartInitializingSingleton directoryBindingCheck(Environment environment) {
        return () -> {
            String definition = environment.getProperty("spring.cloud.function.definition", "");
            if (Arrays.stream(definition.split("[;|,]")).map(String::strip).noneMatch(FUNCTION::equals)) {
                throw new IllegalStateException("atelier.directory.enabled is true but spring.cloud.function.definition ('" + definition
                        + "') does not list " + FUNCTION + ": add it, separated by ';', or the directory replica never reads the identity topic");
            }
        };
    }
}
