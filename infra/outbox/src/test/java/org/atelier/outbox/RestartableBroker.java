package org.atelier.outbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka broker of a test's own (KRaft, broker and controller in one process, Kafka's own {@code kafka.Kafka})
 * that the test can kill and start again: same ports, same log directory, so what was published before the
 * outage is still there after it. The JVM's shared broker must never be stopped; this one is for outages.
 *
 * <p>It runs in a process of its own so that it can die the way a broker really does, without the controlled
 * shutdown that first tells every client the partitions have no leader: producers keep their metadata and
 * queue their sends, which is exactly when an asynchronous send would lose an event.
 */
final class RestartableBroker implements AutoCloseable {

    private final Path logDir;
    private final Properties config = new Properties();
    private final int port;
    private final Path properties;
    private Process server;

    RestartableBroker() {
        try {
            logDir = Files.createTempDirectory("restartable-kafka");
            port = freePort();
            int controllerPort = freePort();
            config.put("process.roles", "broker,controller");
            config.put("node.id", "1");
            config.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
            config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("log.dirs", logDir.toString());
            config.put("num.partitions", "3");
            config.put("auto.create.topics.enable", "true");
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            config.put("log.cleaner.dedupe.buffer.size", "16777216");
            properties = logDir.resolveSibling(logDir.getFileName() + ".properties");
            try (Writer writer = Files.newBufferedWriter(properties)) {
                config.store(writer, "restartable test broker");
            }
            int formatted = StorageTool.execute(new String[]{"format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString(), "--standalone"},
                    new PrintStream(OutputStream.nullOutputStream()));
            if (formatted != 0) {
                throw new IllegalStateException("Could not format " + logDir + ": " + formatted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker and returns once it answers. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        try {
            server = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", classPath, "kafka.Kafka", properties.toString())
                    .redirectErrorStream(true).redirectOutput(logDir.resolveSibling(logDir.getFileName() + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).size() == 1);
        }
    }

    /** Kills the broker on the spot, as a crash or a pulled plug would. */
    synchronized void kill() {
        if (server != null) {
            server.destroyForcibly();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
