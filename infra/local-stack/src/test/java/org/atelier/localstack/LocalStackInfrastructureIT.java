package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's own half of the system, for real: Kafka and MongoDB as child processes, no services. */
@Tag("slow")
class LocalStackInfrastructureIT {

    @TempDir
    Path dataDir;

    @Test
    void kafkaAndMongoStartAnswerAndKeepTheirDataAcrossARestart() throws Exception {
        List<Integer> ports = freePorts(3);
        StackConfig config = StackConfig.builder(dataDir, dataDir, LocalStackClasspath.ofRunningCode())
                .kafkaPort(ports.get(0)).kafkaControllerPort(ports.get(1)).mongoPort(ports.get(2))
                .services(List.of())
                .demoData(false)
                .build();

        String clusterId;
        try (LocalStack stack = new LocalStack(config, System.out::println)) {
            timed("first start (formats Kafka's storage)", stack::start);
            try (Admin admin = admin(config)) {
                clusterId = admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
                admin.createTopics(List.of(new NewTopic("atelier.kept", 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
            try (MongoClient mongo = MongoClients.create(config.mongoUri())) {
                kept(mongo).insertOne(new Document("_id", "northwind").append("name", "Northwind Trading"));
            }
        }
        assertThat(dataDir.resolve("run")).as("pid files after close").isEmptyDirectory();
        assertThat(PortCheck.isFree(config.kafkaPort())).isTrue();
        assertThat(PortCheck.isFree(config.mongoPort())).isTrue();

        try (LocalStack stack = new LocalStack(config, System.out::println)) {
            timed("second start (reuses the data)", stack::start);
            try (Admin admin = admin(config)) {
                assertThat(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS)).isEqualTo(clusterId);
                assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS)).contains("atelier.kept");
            }
            try (MongoClient mongo = MongoClients.create(config.mongoUri())) {
                assertThat(kept(mongo).find(new Document("_id", "northwind")).first()).containsEntry("name", "Northwind Trading");
            }
        }
        assertThat(Files.readString(dataDir.resolve("logs/kafka.log")))
                .containsOnlyOnce("Formatting")
                .contains("Kafka Server started");
        assertThat(Files.readString(dataDir.resolve("logs/mongodb.log")))
                .contains("listening on " + config.mongoUri());
    }

    private static MongoCollection<Document> kept(MongoClient mongo) {
        return mongo.getDatabase("atelier").getCollection("kept");
    }

    private static Admin admin(StackConfig config) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers()));
    }

    private static void timed(String what, Runnable action) {
        long start = System.nanoTime();
        action.run();
        System.out.printf("%s: Kafka and MongoDB ready in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    /** Held open together, so that no two of them are the same port. */
    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
