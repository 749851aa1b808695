package org.atelier.outbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A Kafka broker of a test's own (KRaft, broker and controller in one process, Kafka's own server classes)
 * that the test can stop and start again: same ports, same log directory, so what was published before the
 * outage is still there after it. The JVM's shared broker must never be stopped; this one is for outages.
 */
final class RestartableBroker implements AutoCloseable {

    private final Path logDir;
    private final Properties config = new Properties();
    private final int port;
    private KafkaRaftServer server;

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
            Path properties = logDir.resolveSibling(logDir.getFileName() + ".properties");
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

    synchronized void start() {
        if (server == null) {
            server = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
            server.startup();
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
