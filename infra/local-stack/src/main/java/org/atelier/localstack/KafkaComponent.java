package org.atelier.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker from Kafka's own jars, in KRaft combined mode: the storage is formatted on the first start of
 * a data directory only, so topics and offsets survive restarts.
 */
final class KafkaComponent implements Component {

    static final String NAME = "kafka";

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final int PROBE_TIMEOUT_MILLIS = 3000;

    private final StackConfig config;
    private final DataDir dataDir;
    private final PidFiles pidFiles;

    KafkaComponent(StackConfig config, DataDir dataDir, PidFiles pidFiles) {
        this.config = config;
        this.dataDir = dataDir;
        this.pidFiles = pidFiles;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChildProcess start() {
        Path serverProperties = writeServerProperties();
        formatOnce(serverProperties);
        return ChildProcess.start(NAME, JavaCommand.onLocalStackClasspath(config.classpath(), "256m", "kafka.Kafka", serverProperties.toString()),
                Map.of(), dataDir, pidFiles);
    }

    /** The broker answers a metadata request; an open port alone can still be a broker that is starting up. */
    @Override
    public boolean isReady() {
        if (!TcpProbe.accepts(config.kafkaPort())) {
            return false;
        }
        Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, PROBE_TIMEOUT_MILLIS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, PROBE_TIMEOUT_MILLIS));
        try {
            return !admin.describeCluster().nodes().get(PROBE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /** Rewritten on every start, so that changed ports take effect; the data stays where it is. */
    private Path writeServerProperties() {
        Path file = dataDir.kafka().resolve("server.properties");
        try {
            Files.writeString(file, KafkaServerProperties.render(config.kafkaPort(), config.kafkaControllerPort(), dataDir.kafkaLogDir()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void formatOnce(Path serverProperties) {
        if (Files.exists(dataDir.kafkaLogDir().resolve("meta.properties"))) {
            return;
        }
        ChildProcess format = ChildProcess.start(NAME, JavaCommand.onLocalStackClasspath(config.classpath(), "128m", "kafka.tools.StorageTool", "format",
                "-t", Uuid.randomUuid().toString(), "-c", serverProperties.toString(), "--standalone"), Map.of(), dataDir, pidFiles);
        format.awaitExit(Instant.now().plus(FORMAT_TIMEOUT));
        int exit = format.exitCode().orElseThrow();
        if (exit != 0) {
            throw format.startFailure("storage format failed, exit " + exit);
        }
    }
}
