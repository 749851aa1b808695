package org.atelier.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Recovers events that a crash, or a broker outage, left in an outbox: at start-up and then periodically it
 * finds documents holding events older than the grace period and hands them to the relay.
 *
 * <p>The grace period keeps the sweep from racing the publish that follows every write; if the two do
 * meet, the event is published twice and consumers drop the second copy.
 */
public class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter recovered;
    private ScheduledExecutorService scheduler;

    public OutboxSweeper(MongoTemplate mongo, OutboxRelay relay, OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
        this.recovered = Counter.builder("atelier.outbox.recovered").description("Events published by the recovery sweep").register(meters);
    }

    /** One pass over every outbox collection; returns how many events it published. */
    public int sweep() {
        int total = 0;
        Instant cutoff = clock.instant().minus(properties.sweepGrace());
        for (String collection : properties.collections()) {
            Query stale = Query.query(Criteria.where(OutboxMessage.FIELD + ".createdAt").lt(Date.from(cutoff))).limit(properties.sweepBatchSize());
            stale.fields().include("_id");
            List<Document> documents = mongo.find(stale, Document.class, collection);
            for (Document document : documents) {
                try {
                    total += relay.publishPending(collection, document.get("_id"));
                } catch (RuntimeException e) {
                    log.warn("Outbox sweep could not publish {}/{}: {}", collection, document.get("_id"), e.toString());
                    return total;
                }
            }
        }
        if (total > 0) {
            recovered.increment(total);
            log.info("Outbox sweep published {} pending event(s)", total);
        }
        return total;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        Duration interval = properties.sweepInterval();
        scheduler.scheduleWithFixedDelay(this::sweepSafely, properties.sweepGrace().toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Outbox sweep failed: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
