package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.events.schemas.EventContracts;

/**
 * Reads every published topic from offset 0 as an external system would, with a plain consumer and the official
 * CloudEvents SDK, and checks each record against its contract: a CloudEvent in Kafka binary mode, exactly the
 * declared headers, a payload its own JSON Schema accepts, keyed by its subject.
 *
 * <p>Dead-letter topics ({@code .dlq}) are not published interfaces: they hold what a consumer refused, on purpose
 * with the error headers added, and are left out.
 */
final class TopicAudit {

    /** What was found wrong, one line per record; and how many records were read. */
    record Findings(int records, List<String> problems, Set<String> topics) {
    }

    private TopicAudit() {
    }

    static Findings everyPublishedTopic(String bootstrapServers) throws Exception {
        Set<String> topics = new TreeSet<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : admin.listTopics().names().get()) {
                if (topic.startsWith("atelier.") && !topic.endsWith(".dlq")) {
                    topics.add(topic);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int records = 0;
        EventContracts contracts = EventContracts.onClasspath();
        CloudEventDeserializer cloudEvents = new CloudEventDeserializer();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        records++;
                        problems.addAll(check(record, cloudEvents, contracts));
                    }
                }
                assertThat(partitions).as("read " + topic + " to its end").allMatch(p -> consumer.position(p) >= end.get(p));
            }
        }
        return new Findings(records, problems, topics);
    }

    private static List<String> check(ConsumerRecord<byte[], byte[]> record, CloudEventDeserializer cloudEvents, EventContracts contracts) {
        String where = record.topic() + "/" + record.partition() + "@" + record.offset();
        List<String> problems = new ArrayList<>();
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        try {
            CloudEvent event = cloudEvents.deserialize(record.topic(), record.headers(), record.value());
            EventMetadata metadata = EventMetadata.fromHeaders(headers::get);
            if (!headers.keySet().equals(metadata.toHeaders().keySet())) {
                problems.add(where + ": headers " + new TreeSet<>(headers.keySet()) + " are not exactly the declared ones");
            }
            if (!event.getId().equals(metadata.id().toString()) || !metadata.subject().equals(event.getSubject())) {
                problems.add(where + ": the CloudEvents SDK reads other attributes than ours");
            }
            if (record.key() == null || !metadata.subject().equals(new String(record.key(), StandardCharsets.UTF_8))) {
                problems.add(where + ": the key is not the subject");
            }
            EventType type = EventType.parse(event.getType());
            if (!contracts.hasSchema(type)) {
                problems.add(where + ": no schema for " + type);
            } else {
                String payload = event.getData() == null ? "" : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
                contracts.violations(type, payload).forEach(violation -> problems.add(where + " " + type + ": " + violation));
            }
        } catch (RuntimeException unreadable) {
            problems.add(where + ": not a readable CloudEvent: " + unreadable);
        }
        return problems;
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(properties);
    }
}
