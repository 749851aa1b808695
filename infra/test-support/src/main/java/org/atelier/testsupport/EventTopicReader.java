package org.atelier.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads what really reached a topic, with a plain Kafka consumer: what an external system (CRM, ERP, BI)
 * would see, headers and key included.
 */
public final class EventTopicReader implements AutoCloseable {

    /** One record as it sits on the topic. */
    public record PublishedRecord(String key, Map<String, String> headers, String payload, int partition) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<PublishedRecord> seen = new ArrayList<>();

    /** Reads from the shared test broker. */
    public EventTopicReader(String topic) {
        this(SharedInfrastructure.kafkaBootstrapServers(), topic);
    }

    public EventTopicReader(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(properties);
        this.consumer.subscribe(List.of(topic));
    }

    /** Polls once more and returns everything read from the topic so far. */
    public List<PublishedRecord> poll() {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), UTF_8));
            }
            seen.add(new PublishedRecord(record.key() == null ? null : new String(record.key(), UTF_8), headers,
                    new String(record.value(), UTF_8), record.partition()));
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
