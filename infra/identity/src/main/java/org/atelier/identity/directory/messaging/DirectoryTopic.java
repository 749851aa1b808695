package org.atelier.identity.directory.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The directory's topic is compacted ({@code cleanup.policy=compact}): every event carries its entity's whole
 * state, so the broker may keep only the latest per key, and a consumer reading from offset 0 still gets the whole
 * directory, however long ago it began. The topic is declared when the provider starts, before its first event,
 * with the partitions every Atelier topic has; one that exists already (made by a consumer subscribing first, or
 * by an older version) is set to compact. A broker that is away at start-up is tried again in the background, and
 * the events wait in the outbox meanwhile.
 */
public class DirectoryTopic implements SmartLifecycle {

    static final int PARTITIONS = 3;
    private static final Logger log = LoggerFactory.getLogger(DirectoryTopic.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final String topic;
    private final Duration retryEvery;
    private ScheduledExecutorService retries;
    private volatile boolean declared;
    private volatile boolean running;

    public DirectoryTopic(String bootstrapServers, String topic, Duration retryEvery) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.retryEvery = retryEvery;
    }

    /**
     * Creates the topic compacted, or makes an existing one compacted.
     *
     * @return whether the topic now exists and is compacted
     */
    public boolean declare() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()))) {
            createOrCompact(admin);
            declared = true;
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Could not declare the compacted topic {} yet; tried again in {}: {}", topic, retryEvery, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void createOrCompact(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        NewTopic compacted = new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(compacted)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            log.info("Created the directory topic {}, compacted", topic);
            return;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
        ConfigEntry policy = config == null ? null : config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy != null && TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy.value())) {
            return;
        }
        admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET))))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        log.info("The directory topic {} existed with cleanup.policy={}; it is compacted now", topic, policy == null ? "?" : policy.value());
    }

    public boolean isDeclared() {
        return declared;
    }

    /** The first try is made at start-up, before anything publishes; further ones only while it failed. */
    @Override
    public void start() {
        running = true;
        if (declare()) {
            return;
        }
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "directory-topic");
            thread.setDaemon(true);
            return thread;
        });
        retries.scheduleWithFixedDelay(() -> {
            if (declare()) {
                retries.shutdown();
            }
        }, retryEvery.toMillis(), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (retries != null) {
            retries.shutdownNow();
            retries = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
