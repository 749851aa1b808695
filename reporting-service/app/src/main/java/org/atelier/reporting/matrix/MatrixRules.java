package org.atelier.reporting.matrix;

/**
 * The thresholds of domain §6.1 and §6.5, in basis points of the respondents they are shares of. Every comparison is
 * made on the counts in exact integer arithmetic ({@code count × 10 000} against {@code threshold × total}), never on
 * the rounded shares the report shows.
 *
 * @param anonymityThreshold   the fewest respondents a group (or a whole view) may have to be shown on its own
 * @param ownerAboveBp         OWNERLESS when no department's R-share is above this
 * @param contestedAtLeastBp   CONTESTED when two or more departments' R-shares reach this
 * @param blindOthersAtLeastBp BLIND SPOT when at least this share of the other departments' respondents name d …
 * @param blindOwnBelowBp      … and fewer than this share of d's own respondents do
 * @param forgottenBelowBp     a department at fault is forgotten when its R- and P-share stay below this on every linked task
 */
public record MatrixRules(int anonymityThreshold, int ownerAboveBp, int contestedAtLeastBp, int blindOthersAtLeastBp,
                          int blindOwnBelowBp, int forgottenBelowBp) {

    public static final MatrixRules DEFAULTS = new MatrixRules(3, 5_000, 2_500, 5_000, 2_000, 2_000);

    public MatrixRules {
        if (anonymityThreshold < 1) {
            throw new IllegalArgumentException("the anonymity threshold must be at least 1");
        }
        for (int bp : new int[] {ownerAboveBp, contestedAtLeastBp, blindOthersAtLeastBp, blindOwnBelowBp, forgottenBelowBp}) {
            if (bp < 0 || bp > 10_000) {
                throw new IllegalArgumentException("thresholds are basis points from 0 to 10 000");
            }
        }
    }

    /** count / total &gt; bp / 10 000, exactly */
    static boolean above(long count, long total, int bp) {
        return count * 10_000 > (long) bp * total;
    }

    /** count / total ≥ bp / 10 000, exactly */
    static boolean atLeast(long count, long total, int bp) {
        return count * 10_000 >= (long) bp * total;
    }

    /** count / total &lt; bp / 10 000, exactly */
    static boolean below(long count, long total, int bp) {
        return count * 10_000 < (long) bp * total;
    }

    /** The share in basis points, rounded down; null for no respondents. */
    static Integer basisPoints(long count, long total) {
        return total == 0 ? null : (int) (count * 10_000 / total);
    }
}
