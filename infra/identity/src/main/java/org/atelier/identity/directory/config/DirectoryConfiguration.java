package org.atelier.identity.directory.config;

import java.time.Clock;
import java.time.Duration;
import org.atelier.identity.department.persistence.MongoDepartments;
import org.atelier.identity.directory.application.PublishingTheDirectory;
import org.atelier.identity.directory.messaging.DirectoryTopic;
import org.atelier.identity.directory.persistence.MongoPublicationMarker;
import org.atelier.identity.user.Users;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The company directory on the log: departments and people are published on the identity topic as they change
 * (each repository writes its events through the outbox), the topic is compacted, and what existed before is
 * published once.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    DirectoryTopic directoryTopic(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
                                  @Value("${atelier.topics.identity}") String topic,
                                  @Value("${atelier.identity.directory-topic-retry:30s}") Duration retryEvery) {
        return new DirectoryTopic(bootstrapServers, topic, retryEvery);
    }

    @Bean
    PublishDirectoryOnFirstStart publishDirectoryOnFirstStart(MongoDepartments departments, Users users, MongoTemplate mongo, Clock clock) {
        return new PublishDirectoryOnFirstStart(departments,
                new PublishingTheDirectory(departments, users, new MongoPublicationMarker(mongo, clock)));
    }
}
