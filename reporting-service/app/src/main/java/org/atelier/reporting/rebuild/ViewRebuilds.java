package org.atelier.reporting.rebuild;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.atelier.reporting.projection.EventDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rebuilds a view from offset 0 of its topic into fresh collections while the old ones keep serving, then switches.
 *
 * <ol>
 *   <li>The fresh collections are registered as being built: once every instance has seen that (the registry's cache
 *       time), every live write goes to them as well.</li>
 *   <li>The topic is read from offset 0 up to the end offsets taken after that, each record through the live
 *       consumer's own translation, writing into the fresh collections only. Every event is so applied to them,
 *       by the replay (published before the end offsets were taken) or by the live consumer (delivered after the
 *       registration), and those read both ways are deduplicated by their event id.</li>
 *   <li>The view's registry document is updated in one write: the fresh collections become the active ones. An
 *       instance that has not seen it yet still writes to both and reads the old ones, which are dropped once every
 *       instance has seen the switch.</li>
 * </ol>
 * A failure leaves the old collections active and drops the fresh ones. Once its own collections are registered, a
 * rebuild drops those earlier rebuilds of the view left behind ({@link RebuildLeftovers}).
 */
public class ViewRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);
    private static final int BEAT_EVERY = 500;

    /** Builds the live consumer's translation over the given collections. */
    public interface Projectors extends Function<RebuildableView, Function<CollectionNames, EventDispatcher>> {
    }

    private final MongoTemplate mongo;
    private final ViewCollections collections;
    private final RebuildLog rebuildLog;
    private final TopicReplay replay;
    private final Function<RebuildableView, String> topics;
    private final Projectors projectors;
    private final ExecutorService executor;
    private final RebuildLeftovers leftovers;
    private final Clock clock;

    public ViewRebuilds(MongoTemplate mongo, ViewCollections collections, RebuildLog rebuildLog, TopicReplay replay,
                        Function<RebuildableView, String> topics, Projectors projectors, ExecutorService executor,
                        RebuildLeftovers leftovers, Clock clock) {
        this.mongo = mongo;
        this.collections = collections;
        this.rebuildLog = rebuildLog;
        this.replay = replay;
        this.topics = topics;
        this.projectors = projectors;
        this.executor = executor;
        this.leftovers = leftovers;
        this.clock = clock;
    }

    /**
     * Starts the view's rebuild in the background.
     *
     * @return the rebuild's status, or empty when one of this view is running already
     */
    public Optional<RebuildStatus> start(RebuildableView view) {
        if (!rebuildLog.claim(view, clock.instant())) {
            return Optional.empty();
        }
        executor.execute(() -> run(view));
        return Optional.of(rebuildLog.status(view));
    }

    public RebuildStatus status(RebuildableView view) {
        return rebuildLog.status(view);
    }

    private void run(RebuildableView view) {
        Map<String, String> building = collections.beginBuilding(view, Long.toString(clock.millis()));
        AtomicLong applied = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        try {
            String topic = topics.apply(view);
            log.info("Rebuilding the {} view from offset 0 of {} into {}", view.id(), topic, building.values());
            EventDispatcher projector = projectors.apply(view).apply(CollectionNames.renamed(building));
            untilEveryInstanceHasSeenTheRegistry();
            dropLeftovers(view);
            replay.replay(topic, projector, new TopicReplay.Records() {
                @Override
                public void applied() {
                    beat(applied.incrementAndGet() + skipped.get());
                }

                @Override
                public void skipped(ConsumerRecord<byte[], byte[]> record, RuntimeException why) {
                    // What the live consumers send to the dead-letter topic instead of applying, a replay skips likewise.
                    if (!EventDispatcher.isUnreadable(why)) {
                        throw why;
                    }
                    log.info("Rebuild of {} skips {}-{}@{}, as the live consumer did: {}", view.id(), record.topic(), record.partition(),
                            record.offset(), why.getMessage());
                    beat(applied.get() + skipped.incrementAndGet());
                }

                private void beat(long records) {
                    if (records % BEAT_EVERY == 0) {
                        rebuildLog.progress(view, applied.get(), skipped.get(), clock.instant());
                    }
                }
            });
            Map<String, String> previous = collections.switchToBuilt(view, building);
            untilEveryInstanceHasSeenTheRegistry();
            dropAll(previous.values().stream().filter(name -> !building.containsValue(name)).toList());
            rebuildLog.finished(view, applied.get(), skipped.get(), clock.instant());
            log.info("Rebuilt the {} view: {} record(s) applied, {} skipped; now reading {}", view.id(), applied.get(), skipped.get(),
                    building.values());
        } catch (RuntimeException e) {
            log.error("Rebuild of the {} view failed; the current collections stay", view.id(), e);
            collections.abandonBuilding(view);
            dropAll(building.values());
            rebuildLog.failed(view, String.valueOf(e.getMessage()), clock.instant());
        }
    }

    private void dropLeftovers(RebuildableView view) {
        try {
            leftovers.dropFor(view);
        } catch (RuntimeException e) {
            // Leftovers cost disk only; the next rebuild or start-up tries again.
            log.warn("Could not drop the {} view's collections left over by earlier rebuilds", view.id(), e);
        }
    }

    private void untilEveryInstanceHasSeenTheRegistry() {
        try {
            Thread.sleep(collections.cachedFor().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", e);
        }
    }

    private void dropAll(Collection<String> names) {
        names.forEach(mongo::dropCollection);
    }
}
