package org.atelier.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    private final Properties properties = parse(KafkaServerProperties.render(19092, 19093, Path.of("/data/kafka/data")));

    @Test
    void singleNodeIsBrokerAndControllerOnLoopbackOnly() {
        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("controller.listener.names", "CONTROLLER");
    }

    @Test
    void quorumIsFoundThroughBootstrapServersAsStandaloneFormatRequires() {
        assertThat(properties)
                .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:19093")
                .doesNotContainKey("controller.quorum.voters");
    }

    @Test
    void dataStaysInTheDataDirectory() {
        assertThat(properties).containsEntry("log.dirs", "/data/kafka/data");
    }

    @Test
    void internalTopicsFitOneBrokerAndTheHeap() {
        assertThat(properties)
                .containsEntry("num.partitions", "3")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("log.cleaner.dedupe.buffer.size", "16777216");
    }

    private static Properties parse(String text) {
        Properties parsed = new Properties();
        try {
            parsed.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return parsed;
    }
}
