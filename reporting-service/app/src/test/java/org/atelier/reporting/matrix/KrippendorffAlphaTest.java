package org.atelier.reporting.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    @Test
    void theWorkedExampleOfKrippendorff2011GivesAlpha0743() {
        // Coders A–D over 12 units, "." missing (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
        List<List<Integer>> coders = List.of(
                values("1 2 3 3 2 1 4 1 2 . . ."),
                values("1 2 3 3 2 2 4 1 2 5 . 3"),
                values(". 3 3 3 2 3 4 2 2 5 1 ."),
                values("1 2 3 3 2 4 4 1 2 5 1 ."));
        // By hand: unit 12 has one value and is not pairable. Per pairable unit, (m² − Σ n_uc²) / (m − 1):
        //   u2 {2,2,3,2}: (16 − 10) / 3 = 2; u6 {1,2,3,4}: (16 − 4) / 3 = 4; u8 {1,1,2,1}: (16 − 10) / 3 = 2; others 0.
        //   Σ o_ck (c ≠ k) = 8.
        // Value totals n_c: 1 → 9, 2 → 13, 3 → 10, 4 → 5, 5 → 3; n = 40; Σ_{c≠k} n_c n_k = 40² − (81+169+100+25+9) = 1 216.
        // α = 1 − 39 · 8 / 1 216 = 1 − 312 / 1 216 = 0.74342…
        double alpha = KrippendorffAlpha.nominalFromCoders(coders).orElseThrow();

        assertThat(alpha).isCloseTo(0.743, within(0.0005));
        assertThat(alpha).isCloseTo(1 - 312.0 / 1216, within(1e-12));
    }

    @Test
    void perfectAgreementOnVaryingValuesIsOne() {
        // Three coders agree on every unit, and the units differ: no observed disagreement, some expected → α = 1.
        List<List<String>> coders = List.of(List.of("R", "P", "none", "R"), List.of("R", "P", "none", "R"), List.of("R", "P", "none", "R"));

        assertThat(KrippendorffAlpha.nominalFromCoders(coders)).hasValue(1.0);
    }

    @Test
    void oneValueEverywhereOrNothingPairableLeavesAlphaUndefined() {
        // Every value "none": expected disagreement 0, α = 1 − 0/0, not defined.
        assertThat(KrippendorffAlpha.nominalFromCoders(List.of(List.of("none", "none"), List.of("none", "none")))).isEmpty();
        // One coder: no unit has two values.
        assertThat(KrippendorffAlpha.nominalFromCoders(List.of(List.of("R", "P")))).isEmpty();
    }

    @Test
    void systematicDisagreementIsBelowZero() {
        // Two coders, two units, always the other value: o_RP = o_PR = 2 (each unit: (4 − 2) / 1 = 2 → Σ = 4);
        // n_R = n_P = 2, n = 4, Σ_{c≠k} n_c n_k = 16 − 8 = 8; α = 1 − 3 · 4 / 8 = −0.5.
        assertThat(KrippendorffAlpha.nominalFromCoders(List.of(List.of("R", "P"), List.of("P", "R")))).hasValue(-0.5);
    }

    private static List<Integer> values(String row) {
        return Arrays.stream(row.split(" ")).map(value -> value.equals(".") ? null : Integer.valueOf(value)).toList();
    }
}
