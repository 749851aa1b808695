package org.atelier.loyalty.plan;

import java.time.Instant;
import java.util.Objects;

/**
 * One recording of a year's results: the first is revision 1, each correction the next. All are kept, so what the
 * annual bonus was computed from at any time can be told.
 *
 * @param recordedBy null (with {@code recordedAt}) only for results recorded before revisions were kept
 */
public record ResultsRevision(int revision, AnnualResults results, String recordedBy, Instant recordedAt) {

    public ResultsRevision {
        Objects.requireNonNull(results, "results");
        if (revision < 1) {
            throw new IllegalArgumentException("Revisions count from 1");
        }
    }
}
