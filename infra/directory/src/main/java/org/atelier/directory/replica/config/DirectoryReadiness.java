package org.atelier.directory.replica.config;

import org.atelier.directory.replica.ReplicaProgress;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code directory} health indicator, part of readiness: DOWN until the replica has read the identity topic as
 * far as it went when the service started, so that a form does not refuse a department only because the service
 * started a second ago; UP from then on.
 */
class DirectoryReadiness extends AbstractHealthIndicator {

    private final ReplicaProgress progress;
    private final String topic;

    DirectoryReadiness(ReplicaProgress progress, String topic) {
        super("Directory replica check failed");
        this.progress = progress;
        this.topic = topic;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("topic", topic);
        if (!progress.started()) {
            builder.down().withDetail("reason", "waiting for the broker to say how far the topic goes");
        } else if (!progress.caughtUp()) {
            builder.down().withDetail("reason", "reading the directory").withDetail("behind", progress.behindStart().orElse(-1));
        } else {
            builder.up().withDetail("lag", progress.lag().orElse(-1));
        }
    }
}
