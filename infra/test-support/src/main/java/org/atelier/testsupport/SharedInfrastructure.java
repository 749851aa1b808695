package org.atelier.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, listening on TCP), one MongoDB-protocol server and one
 * {@link TestIdentityProvider} for the whole test JVM.
 *
 * <p>Started on first use and stopped when the JVM exits, so every test class, and every Spring context
 * cached between them, talks to the same two servers. Tests isolate themselves with their own topic and
 * database names rather than with servers of their own: starting a broker costs seconds, a name costs nothing.
 */
public final class SharedInfrastructure {

    /** Placeholders the services' application.yml reads; system properties are part of Spring's environment. */
    public static final String KAFKA_PROPERTY = "ATELIER_KAFKA_BOOTSTRAP_SERVERS";
    public static final String MONGO_PROPERTY = "ATELIER_MONGODB_URI";

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;

    private SharedInfrastructure() {
    }

    public static synchronized void start() {
        TestIdentityProvider.start();
        if (kafka != null) {
            return;
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "log.cleaner.dedupe.buffer.size", "16777216"));
        broker.afterPropertiesSet();
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        kafka = broker;
        mongo = server;
        System.setProperty(KAFKA_PROPERTY, broker.getBrokersAsString());
        System.setProperty(MONGO_PROPERTY, mongoUri());
        Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stop, "shared-infrastructure-stop"));
    }

    public static String kafkaBootstrapServers() {
        start();
        return kafka.getBrokersAsString();
    }

    public static String mongoUri() {
        InetSocketAddress address = mongo.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    private static synchronized void stop() {
        if (mongo != null) {
            mongo.shutdownNow();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }
}
