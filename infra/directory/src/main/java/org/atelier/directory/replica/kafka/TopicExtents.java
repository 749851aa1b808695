package org.atelier.directory.replica.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.atelier.directory.replica.ReplicaProgress.Extent;

/** Asks the broker how far each partition of a topic goes: its earliest and end offsets. */
public class TopicExtents implements AutoCloseable {

    private final Admin admin;
    private final String topic;
    private final Duration timeout;

    public TopicExtents(String bootstrapServers, String topic, Duration timeout) {
        this.topic = topic;
        this.timeout = timeout;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.CLIENT_ID_CONFIG, "directory-replica-progress"));
    }

    /**
     * The extents by partition: empty when the topic does not exist (nothing to read), {@link Optional#empty()} when
     * the broker did not answer in time.
     */
    public Optional<Map<Integer, Extent>> now() {
        try {
            TopicDescription description;
            try {
                description = admin.describeTopics(Set.of(topic)).topicNameValues().get(topic).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    return Optional.of(Map.of());
                }
                throw e;
            }
            List<TopicPartition> partitions = description.partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            ListOffsetsResult earliest = admin.listOffsets(specs(partitions, OffsetSpec.earliest()));
            ListOffsetsResult end = admin.listOffsets(specs(partitions, OffsetSpec.latest()));
            Map<Integer, Extent> extents = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long from = earliest.partitionResult(partition).get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset();
                long to = end.partitionResult(partition).get(timeout.toMillis(), TimeUnit.MILLISECONDS).offset();
                extents.put(partition.partition(), new Extent(from, to));
            }
            return Optional.of(extents);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<TopicPartition, OffsetSpec> specs(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        partitions.forEach(partition -> specs.put(partition, spec));
        return specs;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
