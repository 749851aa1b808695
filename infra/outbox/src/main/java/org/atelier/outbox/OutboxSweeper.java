package org.atelier.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Recovers events that a crash, or a broker outage, left in an outbox: at start-up and then periodically it
 * finds, in every collection {@link OutboxCollections} knows, the documents holding events older than the
 * grace period, oldest first, and hands them to the relay.
 *
 * <p>An aggregate whose publish fails is left alone for a while that doubles with each failure
 * ({@link RetryBackoff}) while the sweep goes on with the others, so one aggregate the broker always refuses
 * never holds back the rest. Only when several different aggregates fail in a row does it end the pass of that
 * collection early: then the broker is away, and every further try would only wait for its timeout.
 *
 * <p>The grace period keeps the sweep from racing the publish that follows every write; the outbox lease
 * keeps the two from publishing the same events if they do meet.
 *
 * <p>Metrics: {@code atelier.outbox.oldest.pending.age} (seconds, per collection) is how long the oldest event
 * still in an outbox has waited; it climbs while events are not getting out.
 */
public class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);
    private static final String CREATED_AT = OutboxMessage.FIELD + ".createdAt";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final OutboxCollections collections;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RetryBackoff backoff;
    private final Counter recovered;
    private final Map<String, AtomicReference<Instant>> oldestPending = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;

    public OutboxSweeper(MongoTemplate mongo, OutboxRelay relay, OutboxCollections collections, OutboxProperties properties, Clock clock,
                         MeterRegistry meters) {
        this.mongo = mongo;
        this.relay = relay;
        this.collections = collections;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.backoff = new RetryBackoff(properties.retryBackoff(), properties.retryBackoffMax());
        this.recovered = Counter.builder("atelier.outbox.recovered").description("Events published by the recovery sweep").register(meters);
    }

    /** One pass over every outbox collection; returns how many events it published. */
    public int sweep() {
        collections.ensureIndexes();
        int total = 0;
        for (String collection : collections.all()) {
            try {
                total += sweep(collection);
                measureOldestPending(collection);
            } catch (RuntimeException e) {
                log.warn("Outbox sweep of {} failed: {}", collection, e.toString());
            }
        }
        if (total > 0) {
            recovered.increment(total);
            log.info("Outbox sweep published {} pending event(s)", total);
        }
        return total;
    }

    private int sweep(String collection) {
        Instant now = clock.instant();
        Criteria stale = Criteria.where(CREATED_AT).lt(Date.from(now.minus(properties.sweepGrace())));
        List<Object> waiting = backoff.waitingAt(collection, now);
        if (!waiting.isEmpty()) {
            stale = stale.and("_id").nin(waiting);
        }
        Query query = Query.query(new Criteria().andOperator(stale, OutboxLease.free(now)))
                .with(Sort.by(Sort.Direction.ASC, CREATED_AT)).limit(properties.sweepBatchSize());
        query.fields().include("_id");
        int total = 0;
        int failuresInARow = 0;
        for (Document document : mongo.find(query, Document.class, collection)) {
            Object id = document.get("_id");
            try {
                total += relay.publishPending(collection, id);
                backoff.succeeded(collection, id);
                failuresInARow = 0;
            } catch (RuntimeException e) {
                Duration wait = backoff.failed(collection, id, clock.instant());
                log.warn("Outbox sweep could not publish {}/{}; tried again in {} at the earliest: {}", collection, id, wait, e.toString());
                if (++failuresInARow >= properties.brokerAwayAfter()) {
                    log.warn("Outbox sweep: {} aggregates of {} failed in a row, the broker seems away; the rest waits for the next sweep",
                            failuresInARow, collection);
                    break;
                }
            }
        }
        return total;
    }

    private void measureOldestPending(String collection) {
        Query oldestFirst = Query.query(Criteria.where(CREATED_AT).exists(true)).with(Sort.by(Sort.Direction.ASC, CREATED_AT)).limit(1);
        oldestFirst.fields().include(OutboxMessage.FIELD);
        Document oldest = mongo.findOne(oldestFirst, Document.class, collection);
        Instant createdAt = oldest == null ? null : oldest.getList(OutboxMessage.FIELD, Document.class, List.of()).stream()
                .map(entry -> OutboxRelay.instant(entry.get("createdAt"))).min(Instant::compareTo).orElse(null);
        oldestPending.computeIfAbsent(collection, this::registerGauge).set(createdAt);
    }

    private AtomicReference<Instant> registerGauge(String collection) {
        AtomicReference<Instant> oldest = new AtomicReference<>();
        Gauge.builder("atelier.outbox.oldest.pending.age", oldest, this::ageInSeconds)
                .description("How long the oldest event still in the collection's outboxes has waited; 0 when none waits")
                .baseUnit("seconds").tag("collection", collection).strongReference(true).register(meters);
        return oldest;
    }

    private double ageInSeconds(AtomicReference<Instant> oldest) {
        Instant createdAt = oldest.get();
        return createdAt == null ? 0 : Math.max(0, Duration.between(createdAt, clock.instant()).toMillis() / 1000.0);
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
