package org.atelier.health.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the broker UP when the cluster answers a metadata request within the timeout.
 *
 * <p>Spring Cloud Stream's binder indicator only exists once a binding has been created, and a service that
 * only publishes through its outbox creates one at its first event: too late for readiness. This indicator
 * asks the cluster directly, the same way for producers and consumers.
 */
public class KafkaBrokerHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Admin admin;
    private final Duration timeout;

    public KafkaBrokerHealthIndicator(String bootstrapServers, Duration timeout) {
        super("Kafka health check failed");
        this.timeout = timeout;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.CLIENT_ID_CONFIG, "health-check"));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (nodes.isEmpty()) {
            builder.down().withDetail("brokers", 0);
        } else {
            builder.up().withDetail("brokers", nodes.size());
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
