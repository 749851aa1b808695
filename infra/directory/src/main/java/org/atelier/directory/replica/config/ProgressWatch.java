package org.atelier.directory.replica.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.atelier.directory.replica.ReplicaProgress;
import org.atelier.directory.replica.kafka.TopicExtents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Asks the broker how far the identity topic goes, at start (the readiness target) and then regularly (the lag),
 * on a thread of its own; until the broker first answers, readiness stays DOWN.
 */
class ProgressWatch implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProgressWatch.class);

    private final TopicExtents extents;
    private final ReplicaProgress progress;
    private final Duration every;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "directory-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProgressWatch(TopicExtents extents, ReplicaProgress progress, Duration every) {
        this.extents = extents;
        this.progress = progress;
        this.every = every;
    }

    @Override
    public void afterPropertiesSet() {
        scheduler.scheduleWithFixedDelay(this::look, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            extents.now().ifPresentOrElse(found -> {
                if (!progress.started()) {
                    log.info("Directory replica: reading the identity topic up to {}", found);
                }
                progress.startedAt(found);
            }, () -> log.debug("Directory replica: the broker did not say how far the identity topic goes"));
        } catch (RuntimeException e) {
            log.warn("Directory replica: could not ask the broker how far the identity topic goes", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        extents.close();
    }
}
