package org.atelier.reporting.freshness.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.atelier.events.schemas.EventContracts;
import org.atelier.reporting.freshness.EventsApplied;
import org.atelier.reporting.freshness.application.BuildingFreshness;
import org.atelier.reporting.freshness.application.CachedLag;
import org.atelier.reporting.freshness.kafka.KafkaConsumerLag;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.freshness.persistence.MongoEventsApplied;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires the freshness view. The topics and consumer groups come from the input bindings, so a new consumer is covered
 * without a line here. {@code atelier.reporting.freshness.lag-cache} (2 s) bounds how old the lag may be;
 * {@code .flush-every} (1 s) how often the times of the events applied reach the shared store.
 */
@Configuration(proxyBeanMethods = false)
class FreshnessConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FreshnessConfiguration.class);

    @Bean
    EventsApplied eventsApplied(MongoTemplate mongo) {
        return new MongoEventsApplied(mongo);
    }

    @Bean
    EventsSeen eventsSeen(EventsApplied eventsApplied, MeterRegistry meters, ObjectProvider<Clock> clock) {
        return new EventsSeen(eventsApplied, EventContracts.onClasspath(), meters, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Flushes what the consumers applied every {@code flush-every}, and once more at shutdown. */
    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService freshnessFlush(EventsSeen eventsSeen,
                                            @Value("${atelier.reporting.freshness.flush-every:1s}") Duration every) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "freshness-flush");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                eventsSeen.flush();
            } catch (RuntimeException e) {
                log.warn("Freshness flush failed: {}", e.toString());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(eventsSeen::flush, "freshness-last-flush"));
        return executor;
    }

    @Bean
    KafkaConsumerLag kafkaConsumerLag(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, BindingServiceProperties bindings,
                                      @Value("${atelier.reporting.freshness.lag-timeout:2s}") Duration timeout) {
        return new KafkaConsumerLag(bootstrapServers, groupsByTopic(bindings), timeout);
    }

    @Bean
    BuildingFreshness buildingFreshness(EventsApplied eventsApplied, KafkaConsumerLag kafkaConsumerLag, BindingServiceProperties bindings,
                                        @Value("${atelier.topics.loyalty}") String loyalty, @Value("${atelier.topics.survey}") String survey,
                                        @Value("${atelier.topics.claims}") String claims,
                                        @Value("${atelier.reporting.freshness.lag-cache:2s}") Duration lagCache,
                                        ObjectProvider<Clock> clocks) {
        Clock clock = clocks.getIfAvailable(Clock::systemUTC);
        List<String> topics = new ArrayList<>(List.of(loyalty, survey, claims));
        groupsByTopic(bindings).keySet().stream().filter(topic -> !topics.contains(topic)).forEach(topics::add);
        return new BuildingFreshness(eventsApplied, new CachedLag(kafkaConsumerLag, lagCache, clock), topics, clock);
    }

    /** The consumer groups of the input bindings, per destination topic. */
    static Map<String, Set<String>> groupsByTopic(BindingServiceProperties bindings) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (Map.Entry<String, BindingProperties> binding : bindings.getBindings().entrySet()) {
            BindingProperties properties = binding.getValue();
            if (binding.getKey().contains("-in-") && properties.getDestination() != null && properties.getGroup() != null) {
                for (String topic : properties.getDestination().split(",")) {
                    groups.computeIfAbsent(topic.trim(), t -> new TreeSet<>()).add(properties.getGroup());
                }
            }
        }
        return groups;
    }
}
