package org.atelier.directory.replica;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How far the replica has read the identity topic, against how far the topic went when the service started.
 *
 * <p>The replica is <em>caught up</em> once, for every partition, it has read up to the end offset seen at start
 * (or the partition had nothing to read: an empty or missing topic is caught up at once). It stays caught up after
 * that: an event published later is read within milliseconds, and a service must not drop out of its load balancer
 * because someone renamed a department. The lag, by contrast, is always against the latest end offsets known.
 *
 * <p>Thread-safe: the consumer records what it read while health checks and metrics ask.
 */
public final class ReplicaProgress {

    /** Earliest and end offset of one partition. */
    public record Extent(long earliest, long end) {
    }

    private final Map<Integer, Long> positions = new HashMap<>();
    private Map<Integer, Extent> atStart;
    private Map<Integer, Extent> latest;
    private boolean caughtUp;

    /** The topic's partitions as first seen; later calls change nothing (the target is fixed at start). */
    public synchronized void startedAt(Map<Integer, Extent> extents) {
        if (atStart == null) {
            atStart = Map.copyOf(extents);
        }
        ended(extents);
    }

    /** The latest extents known, for the lag. */
    public synchronized void ended(Map<Integer, Extent> extents) {
        latest = Map.copyOf(extents);
        checkCaughtUp();
    }

    /** The consumer is done with the record at {@code offset} of {@code partition} (applied, skipped or sent to the DLT). */
    public synchronized void read(int partition, long offset) {
        positions.merge(partition, offset + 1, Math::max);
        checkCaughtUp();
    }

    /** Whether the target seen at start is known yet (the broker answered). */
    public synchronized boolean started() {
        return atStart != null;
    }

    public synchronized boolean caughtUp() {
        return caughtUp;
    }

    /** Records behind the latest end offsets known; empty before the broker has answered once. */
    public synchronized OptionalLong lag() {
        if (latest == null) {
            return OptionalLong.empty();
        }
        long behind = 0;
        for (Map.Entry<Integer, Extent> partition : latest.entrySet()) {
            behind += behind(partition.getKey(), partition.getValue());
        }
        return OptionalLong.of(behind);
    }

    /** Records still to read to reach the target seen at start; empty before it is known. */
    public synchronized OptionalLong behindStart() {
        if (atStart == null) {
            return OptionalLong.empty();
        }
        long behind = 0;
        for (Map.Entry<Integer, Extent> partition : atStart.entrySet()) {
            behind += behind(partition.getKey(), partition.getValue());
        }
        return OptionalLong.of(behind);
    }

    private long behind(int partition, Extent extent) {
        long position = Math.max(positions.getOrDefault(partition, 0L), extent.earliest());
        return Math.max(0, extent.end() - position);
    }

    private void checkCaughtUp() {
        if (!caughtUp && atStart != null) {
            caughtUp = atStart.entrySet().stream().allMatch(partition -> behind(partition.getKey(), partition.getValue()) == 0);
        }
    }
}
