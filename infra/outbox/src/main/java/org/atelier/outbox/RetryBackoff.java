package org.atelier.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which aggregates the sweep leaves alone for now because publishing their events failed, and until when:
 * the wait doubles with every failure in a row, up to a maximum. Kept in memory: after a restart every
 * aggregate gets a fresh first try, which is what a restart is for.
 */
final class RetryBackoff {

    private record Waiting(int failures, Instant until) {
    }

    private final Duration first;
    private final Duration max;
    private final Map<String, Map<Object, Waiting>> byCollection = new ConcurrentHashMap<>();

    RetryBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** @return how long the aggregate is now left alone */
    Duration failed(String collection, Object aggregateId, Instant now) {
        Map<Object, Waiting> waiting = byCollection.computeIfAbsent(collection, c -> new ConcurrentHashMap<>());
        int failures = waiting.containsKey(aggregateId) ? waiting.get(aggregateId).failures() + 1 : 1;
        Duration wait = first.multipliedBy(1L << Math.min(failures - 1, 30));
        if (wait.compareTo(max) > 0 || wait.isNegative()) {
            wait = max;
        }
        waiting.put(aggregateId, new Waiting(failures, now.plus(wait)));
        return wait;
    }

    void succeeded(String collection, Object aggregateId) {
        Map<Object, Waiting> waiting = byCollection.get(collection);
        if (waiting != null) {
            waiting.remove(aggregateId);
        }
    }

    /** The aggregates of the collection still to be left alone at {@code now}. */
    List<Object> waitingAt(String collection, Instant now) {
        Map<Object, Waiting> waiting = byCollection.getOrDefault(collection, Map.of());
        return waiting.entrySet().stream().filter(entry -> entry.getValue().until().isAfter(now)).map(Map.Entry::getKey).toList();
    }
}
