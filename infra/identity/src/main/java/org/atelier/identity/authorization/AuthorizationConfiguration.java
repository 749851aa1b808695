package org.atelier.identity.authorization;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Spring Authorization Server takes this bean as its authorization service, in place of its in-memory one;
 * sign-out revokes through it.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationConfiguration {

    @Bean
    MongoAuthorizations authorizations(MongoTemplate mongo, Clock clock) {
        return new MongoAuthorizations(mongo, clock).withIndexes();
    }
}
