package org.atelier.reporting.rebuild;

import java.time.Instant;

/**
 * Where a view's latest rebuild stands.
 *
 * @param state          {@code NONE} (never rebuilt), {@code RUNNING}, {@code FINISHED} or {@code FAILED}
 * @param recordsApplied records of the topic read and applied to the new collections so far
 * @param recordsSkipped records the live consumer would not apply either (not readable events; they are in the
 *                       dead-letter topic)
 * @param error          why a failed rebuild stopped; its new collections were dropped and the old ones kept
 */
public record RebuildStatus(String view, String state, Instant startedAt, Instant finishedAt, long recordsApplied,
                            long recordsSkipped, String error) {

    public static final String NONE = "NONE";
    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
    public static final String FAILED = "FAILED";

    static RebuildStatus none(RebuildableView view) {
        return new RebuildStatus(view.id(), NONE, null, null, 0, 0, null);
    }
}
