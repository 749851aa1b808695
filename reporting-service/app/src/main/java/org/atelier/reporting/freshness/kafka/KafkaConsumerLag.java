package org.atelier.reporting.freshness.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.atelier.reporting.freshness.ConsumerLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The lag of reporting's consumer groups, asked of the broker with the Kafka admin client: per partition of each topic,
 * its end offset minus the group's committed offset (the partition's start when the group has committed nothing yet,
 * as it then starts from the earliest record), summed per topic and group.
 */
public class KafkaConsumerLag implements ConsumerLag, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaConsumerLag.class);

    private final Admin admin;
    private final Map<String, Set<String>> groupsByTopic;
    private final Duration timeout;

    /** @param groupsByTopic the consumer groups reading each topic, as the bindings say */
    public KafkaConsumerLag(String bootstrapServers, Map<String, Set<String>> groupsByTopic, Duration timeout) {
        this.groupsByTopic = Map.copyOf(groupsByTopic);
        this.timeout = timeout;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.CLIENT_ID_CONFIG, "reporting-freshness"));
    }

    @Override
    public Map<String, Map<String, Long>> byTopicAndGroup() {
        Map<String, Map<String, Long>> lag = new LinkedHashMap<>();
        try {
            Map<String, KafkaFuture<TopicDescription>> described = admin.describeTopics(groupsByTopic.keySet()).topicNameValues();
            Map<String, List<TopicPartition>> partitions = new HashMap<>();
            for (Map.Entry<String, KafkaFuture<TopicDescription>> topic : described.entrySet()) {
                try {
                    partitions.put(topic.getKey(), get(topic.getValue()).partitions().stream()
                            .map(partition -> new TopicPartition(topic.getKey(), partition.partition())).toList());
                } catch (ExecutionException notThereYet) {
                    // A topic nobody has published to yet has no records, so nothing to be behind on.
                    lag.put(topic.getKey(), groupsByTopic.get(topic.getKey()).stream().collect(Collectors.toMap(g -> g, g -> 0L, (a, b) -> a, TreeMap::new)));
                }
            }
            List<TopicPartition> all = partitions.values().stream().flatMap(List::stream).toList();
            if (all.isEmpty()) {
                return lag;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = get(admin.listOffsets(
                    all.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all());
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = get(admin.listOffsets(
                    all.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest()))).all());
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
            for (String group : groupsByTopic.values().stream().flatMap(Set::stream).collect(Collectors.toSet())) {
                committed.put(group, get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()));
            }
            partitions.forEach((topic, ofTopic) -> {
                Map<String, Long> byGroup = new TreeMap<>();
                for (String group : groupsByTopic.get(topic)) {
                    long behind = 0;
                    for (TopicPartition partition : ofTopic) {
                        OffsetAndMetadata at = committed.get(group).get(partition);
                        long from = at == null ? starts.get(partition).offset() : at.offset();
                        behind += Math.max(0, ends.get(partition).offset() - from);
                    }
                    byGroup.put(group, behind);
                }
                lag.put(topic, byGroup);
            });
            return lag;
        } catch (ExecutionException | TimeoutException | RuntimeException brokerDidNotAnswer) {
            log.warn("Could not ask the broker for the consumer lag: {}", brokerDidNotAnswer.toString());
            return Map.of();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private <T> T get(KafkaFuture<T> future) throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
