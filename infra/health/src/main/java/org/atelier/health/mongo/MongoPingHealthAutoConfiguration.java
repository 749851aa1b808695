package org.atelier.health.mongo;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;

/**
 * Replaces Boot's MongoDB health contributor (same bean name, so Boot's backs off) with the ping-based one.
 * The indicator shows up as {@code mongo} in {@code /actuator/health}.
 */
@AutoConfiguration(
        after = MongoAutoConfiguration.class,
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoClient.class, HealthIndicator.class})
public class MongoPingHealthAutoConfiguration {

    @Bean(name = "mongoHealthIndicator")
    @ConditionalOnBean({MongoClient.class, MongoProperties.class})
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoClient client, MongoProperties properties) {
        return new MongoPingHealthIndicator(client, properties.getMongoClientDatabase());
    }
}
