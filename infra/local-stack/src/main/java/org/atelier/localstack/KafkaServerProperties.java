package org.atelier.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code server.properties} of the single local broker: KRaft combined mode, loopback only, sized for a laptop. */
final class KafkaServerProperties {

    private KafkaServerProperties() {
    }

    static String render(int kafkaPort, int controllerPort, Path logDir) {
        String plaintext = "PLAINTEXT://127.0.0.1:" + kafkaPort;
        String controller = "CONTROLLER://127.0.0.1:" + controllerPort;
        Map<String, String> properties = new LinkedHashMap<>();
        // One node that is both broker and controller; "format --standalone" makes it a dynamic quorum of one,
        // which Kafka 4 finds through controller.quorum.bootstrap.servers (controller.quorum.voters must not be set).
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        properties.put("listeners", plaintext + "," + controller);
        properties.put("advertised.listeners", plaintext + "," + controller);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        // Forward slashes: a backslash is an escape character in a properties file.
        properties.put("log.dirs", logDir.toAbsolutePath().toString().replace('\\', '/'));
        // Topics appear on first use with room for parallel consumers.
        properties.put("num.partitions", "3");
        properties.put("auto.create.topics.enable", "true");
        // A single broker cannot hold more than one replica of the internal topics.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers get their partitions at once instead of after 3 s.
        properties.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MB buffer would not fit the 256 MB heap.
        properties.put("log.cleaner.dedupe.buffer.size", "16777216");
        return properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "# Written by ./atelier up on every start; edits are overwritten."
                        + System.lineSeparator(), System.lineSeparator()));
    }
}
