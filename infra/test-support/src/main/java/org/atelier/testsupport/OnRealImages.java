package org.atelier.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Base of the {@code *ContainersIT} suites: the service under test runs against the real images that
 * docker-compose.yml runs, Apache Kafka in KRaft mode and MongoDB as a replica set. Where no Docker engine
 * is available the suites are reported as skipped, not failed.
 */
@Testcontainers(disabledWithoutDocker = true)
public abstract class OnRealImages {

    public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    public static final String MONGO_IMAGE = "mongo:8.0";

    @Container
    protected static final KafkaContainer KAFKA = new KafkaContainer(KAFKA_IMAGE);

    @Container
    protected static final MongoDBContainer MONGO = new MongoDBContainer(MONGO_IMAGE);

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.mongodb.uri", MONGO::getReplicaSetUrl);
        registry.add("atelier.security.issuer", TestIdentityProvider::issuer);
    }
}
