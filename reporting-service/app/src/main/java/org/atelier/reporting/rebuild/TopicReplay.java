package org.atelier.reporting.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.atelier.reporting.projection.EventDispatcher;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Reads a topic from offset 0 up to its end offsets as they were when the replay started, with a plain consumer
 * assigned every partition: no consumer group, so no committed offset and no rebalance touches the live consumers.
 * Each poll is handed over as the batch the binder would have delivered (each record a message, its headers as raw
 * bytes, which is how the live consumers receive them too), so a rebuild writes as the live projection does: one bulk
 * insert per poll and collection.
 */
public class TopicReplay {

    /** What the replay tells about each record. */
    public interface Records {

        void applied();

        void skipped(ConsumerRecord<byte[], byte[]> record, RuntimeException why);
    }

    private final String bootstrapServers;

    public TopicReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void replay(String topic, EventDispatcher projector, Records records) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-rebuild-" + topic);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            end.values().removeIf(offset -> offset == 0);
            while (!caughtUp(consumer, end)) {
                List<ConsumerRecord<byte[], byte[]>> poll = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long until = end.get(partition);
                    if (until != null && record.offset() < until && record.value() != null) {
                        poll.add(record);
                    }
                }
                project(poll, projector, records);
            }
        }
    }

    /**
     * A poll as the live consumer applies it: in one batch, a record that cannot be read skipped alone and the rest
     * applied after it.
     */
    private static void project(List<ConsumerRecord<byte[], byte[]>> poll, EventDispatcher projector, Records records) {
        List<Message<byte[]>> messages = poll.stream().map(TopicReplay::message).toList();
        int from = 0;
        while (from < poll.size()) {
            try {
                projector.acceptBatch(messages.subList(from, messages.size()));
                applied(records, poll.size() - from);
                from = poll.size();
            } catch (BatchListenerFailedException failed) {
                int at = from + failed.getIndex();
                applied(records, at - from);
                records.skipped(poll.get(at), failed.getCause() instanceof RuntimeException why ? why : failed);
                from = at + 1;
            }
        }
    }

    private static void applied(Records records, int count) {
        for (int i = 0; i < count; i++) {
            records.applied();
        }
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        end.entrySet().removeIf(partition -> consumer.position(partition.getKey()) >= partition.getValue());
        return end.isEmpty();
    }

    private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        return message.build();
    }
}
