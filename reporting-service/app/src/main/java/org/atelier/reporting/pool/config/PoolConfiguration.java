package org.atelier.reporting.pool.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.inbox.OnceOnlyWriter;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.PoolFacts;
import org.atelier.reporting.pool.PoolRules;
import org.atelier.reporting.pool.PoolSettings;
import org.atelier.reporting.pool.application.BuildingPoolReport;
import org.atelier.reporting.pool.application.ProjectingPool;
import org.atelier.reporting.pool.messaging.PoolLoyaltyEventsConsumer;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.atelier.reporting.pool.persistence.MongoPoolFacts;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.atelier.reporting.rebuild.CollectionNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires the annual pool; {@code poolLoyaltyEvents} is its own consumer of loyalty's topic. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PoolConfiguration.PoolProperties.class)
class PoolConfiguration {

    /**
     * {@code atelier.pool.gate-rule}, {@code atelier.pool.margin-growth-share-bp}, and per year
     * {@code atelier.pool.years.<year>.gate-rule} / {@code .margin-growth-share-bp}.
     */
    @ConfigurationProperties("atelier.pool")
    record PoolProperties(GateRule gateRule, Integer marginGrowthShareBp, Map<Integer, Year> years) {

        record Year(GateRule gateRule, Integer marginGrowthShareBp) {
        }

        PoolSettings settings() {
            PoolRules defaults = new PoolRules(gateRule == null ? PoolRules.DEFAULT.gateRule() : gateRule,
                    marginGrowthShareBp == null ? PoolRules.DEFAULT.marginGrowthShareBp() : marginGrowthShareBp);
            Map<Integer, PoolRules> byYear = (years == null ? Map.<Integer, Year>of() : years).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new PoolRules(
                            entry.getValue().gateRule() == null ? defaults.gateRule() : entry.getValue().gateRule(),
                            entry.getValue().marginGrowthShareBp() == null ? defaults.marginGrowthShareBp() : entry.getValue().marginGrowthShareBp())));
            return new PoolSettings(defaults, byYear);
        }
    }

    @Bean
    PoolFacts poolFacts(MongoTemplate mongo, MeterRegistry meters, CollectionNames viewCollections) {
        return new MongoPoolFacts(mongo, new OnceOnlyWriter(mongo, meters), viewCollections);
    }

    @Bean
    BuildingPoolReport buildingPoolReport(PoolFacts poolFacts, ClaimFacts claimFacts, PoolProperties properties) {
        return new BuildingPoolReport(poolFacts, claimFacts, properties.settings());
    }

    @Bean
    Consumer<Message<List<byte[]>>> poolLoyaltyEvents(PoolFacts poolFacts, CompanyCalendar calendar, EventsSeen eventsSeen) {
        return new PoolLoyaltyEventsConsumer(new ProjectingPool(poolFacts), calendar, eventsSeen)::acceptPoll;
    }
}
