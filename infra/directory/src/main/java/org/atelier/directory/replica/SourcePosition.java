package org.atelier.directory.replica;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a replicated entry came from: the partition and offset of the event on the identity topic, and the time of
 * the change it carries. Each entry of the replica keeps the position of the event that last set it.
 *
 * <p>The rule is "latest wins", and it decides per key: the events of one key arrive in order on one partition, so
 * on the same partition the higher offset is the newer state. Only if a key moved to another partition (partitions
 * added to the topic) are offsets not comparable; then the change time decides. Equal means the same event delivered
 * again: it changes nothing.
 *
 * @param partition the partition the event was read from
 * @param offset    its offset in that partition
 * @param changedAt the {@code changedAt} of its payload
 */
public record SourcePosition(int partition, long offset, Instant changedAt) {

    public SourcePosition {
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("Not a position on a topic: partition " + partition + ", offset " + offset);
        }
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Whether the state read at this position replaces the one read at {@code stored} (null: nothing stored yet). */
    public boolean supersedes(SourcePosition stored) {
        if (stored == null) {
            return true;
        }
        if (partition == stored.partition) {
            return offset > stored.offset;
        }
        return changedAt.isAfter(stored.changedAt);
    }
}
