package org.atelier.reporting.matrix;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Krippendorff's alpha for nominal data, computed from the coincidence matrix (Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability", 2011).
 *
 * <p>Each unit contributes the values its coders gave it; a coder who gave none is missing there and simply not in the
 * list. A unit with fewer than two values cannot be paired and counts nowhere. For the pairable units, with
 * {@code n_uc} the number of values c in unit u and {@code m_u} the unit's number of values:
 * <pre>
 *   o_ck = Σ_u n_uc · n_uk / (m_u − 1)   (c ≠ k; each ordered pair of values from different coders)
 *   n_c  = Σ_k o_ck = Σ_u n_uc,   n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 * </pre>
 * The observed disagreement of a unit, {@code Σ_{c≠k} n_uc n_uk}, is {@code m_u² − Σ_c n_uc²}, so nothing has to
 * be paired one by one: a matrix of hundreds of respondents costs one pass over the counts.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /**
     * @param units each unit's values, one per coder who coded it (missing values left out)
     * @return alpha; empty when it is not defined: no unit has two values, or every value is the same one (no
     *         variation, so agreement cannot be told from chance)
     */
    public static OptionalDouble nominal(Collection<? extends Collection<?>> units) {
        return nominalFromCounts(units.stream().map(KrippendorffAlpha::counts).toList());
    }

    /**
     * The same, from each unit's count of each value; what the matrix has at hand.
     *
     * @param unitCounts per unit: value → how many coders gave it
     */
    public static OptionalDouble nominalFromCounts(List<? extends Map<?, Integer>> unitCounts) {
        Map<Object, Long> totals = new HashMap<>();
        double observed = 0;
        for (Map<?, Integer> unit : unitCounts) {
            long m = unit.values().stream().mapToLong(Integer::longValue).sum();
            if (m < 2) {
                continue;
            }
            long sameValuePairs = unit.values().stream().mapToLong(count -> (long) count * count).sum();
            observed += (double) (m * m - sameValuePairs) / (m - 1);
            unit.forEach((value, count) -> totals.merge(value, count.longValue(), Long::sum));
        }
        long n = totals.values().stream().mapToLong(Long::longValue).sum();
        long sameValueExpected = totals.values().stream().mapToLong(count -> count * count).sum();
        double expected = (double) n * n - sameValueExpected;
        if (n < 2 || expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - (n - 1) * observed / expected);
    }

    /**
     * The same from a reliability data matrix: one row per coder, one column per unit, {@code null} where the coder
     * gave no value.
     */
    public static OptionalDouble nominalFromCoders(List<? extends List<?>> coders) {
        int units = coders.stream().mapToInt(List::size).max().orElse(0);
        List<Map<Object, Integer>> counts = new java.util.ArrayList<>();
        for (int u = 0; u < units; u++) {
            Map<Object, Integer> unit = new HashMap<>();
            for (List<?> coder : coders) {
                Object value = u < coder.size() ? coder.get(u) : null;
                if (value != null) {
                    unit.merge(value, 1, Integer::sum);
                }
            }
            counts.add(unit);
        }
        return nominalFromCounts(counts);
    }

    private static Map<Object, Integer> counts(Collection<?> values) {
        Map<Object, Integer> counts = new HashMap<>();
        values.stream().map(Objects::requireNonNull).forEach(value -> counts.merge(value, 1, Integer::sum));
        return counts;
    }
}
