package org.atelier.reporting.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Drops the collections a view's rebuilds left behind ({@link LeftoverCollections} says which), so that a rebuild
 * whose instance died costs no disk for ever. Runs when a rebuild has registered its own collections and at start-up.
 * It reads the rebuild log before the registry: a rebuild switching meanwhile is then seen running, its collections
 * kept either way. A dead rebuild's collections still registered as being built are first unregistered, and dropped
 * only once every instance has seen that, so that no live write creates them again.
 */
public class RebuildLeftovers {

    private static final Logger log = LoggerFactory.getLogger(RebuildLeftovers.class);

    private final MongoTemplate mongo;
    private final ViewCollections collections;
    private final RebuildLog rebuildLog;
    private final Duration registryCachedFor;
    private final Clock clock;

    /**
     * @param collections       reading the registry afresh: a cached one may miss another instance's switch
     * @param registryCachedFor how long the instances keep the registry (see {@link ViewCollections#cachedFor()})
     */
    public RebuildLeftovers(MongoTemplate mongo, ViewCollections collections, Duration registryCachedFor, RebuildLog rebuildLog,
                            Clock clock) {
        this.mongo = mongo;
        this.collections = collections;
        this.registryCachedFor = registryCachedFor;
        this.rebuildLog = rebuildLog;
        this.clock = clock;
    }

    /** @return the collections dropped */
    public List<String> dropFor(RebuildableView view) {
        var existing = mongo.getCollectionNames();
        boolean running = rebuildLog.running(view, clock.instant());
        Map<String, String> building = collections.building(view);
        // Registered by a rebuild not running, and too old to be one that began after the log was read: dead.
        boolean dead = !running && !building.isEmpty()
                && LeftoverCollections.of(view, building.values(), List.of(), List.of(), clock.instant()).size() == building.size();
        if (dead && collections.abandonBuilding(view, building)) {
            log.info("The rebuild of the {} view building {} is dead; unregistering its collections", view.id(), building.values());
            untilEveryInstanceHasSeenTheRegistry();
        }
        List<String> leftovers = LeftoverCollections.of(view, existing, collections.active(view).values(),
                running ? building.values() : List.of(), clock.instant());
        leftovers.forEach(mongo::dropCollection);
        if (!leftovers.isEmpty()) {
            log.info("Dropped the {} view's collections left over by earlier rebuilds: {}", view.id(), leftovers);
        }
        return leftovers;
    }

    /** @return the collections dropped, of every view */
    public List<String> dropForEveryView() {
        return Arrays.stream(RebuildableView.values()).flatMap(view -> dropFor(view).stream()).toList();
    }

    private void untilEveryInstanceHasSeenTheRegistry() {
        try {
            Thread.sleep(registryCachedFor.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dropping rebuild leftovers", e);
        }
    }
}
