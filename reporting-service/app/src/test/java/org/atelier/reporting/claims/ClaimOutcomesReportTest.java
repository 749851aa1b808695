package org.atelier.reporting.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.atelier.reporting.claims.ClaimFact.Kind;
import org.junit.jupiter.api.Test;

class ClaimOutcomesReportTest {

    /**
     * Sales files three claims against logistics in 2026 (one withdrawn, one upheld: S = 100 000, D = 50 000,
     * C = 25 000, pool 25 000; one rejected), and one filed in December 2025 is partially upheld in 2026 (D = 10 000,
     * C = 5 000, pool 5 000). Marketing's commendation of production is approved with 30 000.
     */
    private static final List<ClaimFact> FACTS = List.of(
            filed("c1", "sales", "logistics", "2026-02-01"),
            new ClaimFact("e-c1w", "c1", Kind.CLAIM_WITHDRAWN, "sales", null, LocalDate.parse("2026-02-03"), 2026, null, null, 0, 0, 0, 0, null),
            filed("c2", "sales", "logistics", "2026-03-01"),
            decided("c2", "sales", "logistics", "2026-03-11", 2026, "UPHELD", 50_000, 25_000, 25_000),
            filed("c3", "sales", "logistics", "2026-04-01"),
            decided("c3", "sales", "logistics", "2026-04-21", 2026, "REJECTED", 0, 0, 0),
            filed("c4", "sales", "logistics", "2025-12-20"),
            decided("c4", "sales", "logistics", "2026-01-19", 2026, "PARTIALLY_UPHELD", 10_000, 5_000, 5_000),
            new ClaimFact("e-k1", "k1", Kind.COMMENDATION_DECIDED, "marketing", "production", LocalDate.parse("2026-05-05"), 2026,
                    "APPROVED", "RUB", 0, 0, 0, 30_000, null));

    @Test
    void theYearsTotalsCountFilingsInTheirYearAndDecisionsInThePolicysYear() {
        ClaimOutcomesReport report = ClaimOutcomesReport.of(2026, FACTS);

        assertThat(report.totals()).isEqualTo(new ClaimOutcomesReport.Totals(3, 3, 1, 1, 1, 1,
                Map.of("RUB", 60_000L), Map.of("RUB", 30_000L), Map.of("RUB", 30_000L), 1, 0, Map.of("RUB", 30_000L)));
    }

    /** Logistics' head: its own row (3 received, 60 000 deducted) and the company-wide totals, nobody else's row. */
    @Test
    void aDepartmentsOwnViewKeepsTheCompanyWideFiguresAndOnlyItsOwnRow() {
        ClaimOutcomesReport all = ClaimOutcomesReport.of(2026, FACTS);

        ClaimOutcomesReport own = all.ofDepartmentOnly("logistics");
        ClaimOutcomesReport none = all.ofDepartmentOnly("legal");

        assertThat(own.byDepartment()).containsOnlyKeys("logistics");
        assertThat(own.byDepartment().get("logistics")).isEqualTo(all.byDepartment().get("logistics"));
        assertThat(own.totals()).isEqualTo(all.totals());
        assertThat(own.medianDaysToDecision()).isEqualTo(all.medianDaysToDecision());
        assertThat(own.table().rows()).hasSize(1);
        assertThat(none.byDepartment()).as("a department without claims has no row to show").isEmpty();
        assertThat(all.byDepartment()).containsOnlyKeys("sales", "logistics", "production", "marketing");
    }

    @Test
    void eachDepartmentSeesItsClaimsFromBothSidesAndItsMoney() {
        Map<String, ClaimOutcomesReport.Department> departments = ClaimOutcomesReport.of(2026, FACTS).byDepartment();

        ClaimOutcomesReport.Department sales = departments.get("sales");
        assertThat(sales.filed()).isEqualTo(3);
        assertThat(sales.asClaimant()).isEqualTo(new ClaimOutcomesReport.Outcomes(1, 1, 1));
        assertThat(sales.withdrawn()).isEqualTo(1);
        assertThat(sales.compensated()).containsExactly(Map.entry("RUB", 30_000L));
        assertThat(sales.deducted()).isEmpty();
        ClaimOutcomesReport.Department logistics = departments.get("logistics");
        assertThat(logistics.received()).isEqualTo(3);
        assertThat(logistics.asRespondent()).isEqualTo(new ClaimOutcomesReport.Outcomes(1, 1, 1));
        assertThat(logistics.deducted()).containsExactly(Map.entry("RUB", 60_000L));
        assertThat(logistics.sentToThePool()).containsExactly(Map.entry("RUB", 30_000L));
        assertThat(departments.get("production").commendationsReceived()).isEqualTo(1);
        assertThat(departments.get("production").commendedWith()).containsExactly(Map.entry("RUB", 30_000L));
        assertThat(departments.get("marketing").commendationsGiven()).isEqualTo(1);
    }

    @Test
    void theMedianOfDaysToDecisionIsTheMeanOfTheTwoMiddleOnesForAnEvenCount() {
        // Decided in 2026: 10, 20 and 30 days after filing → 20.
        assertThat(ClaimOutcomesReport.of(2026, FACTS).medianDaysToDecision()).isEqualTo(20.0);
        List<ClaimFact> even = FACTS.stream().filter(fact -> !fact.itemId().equals("c4")).toList();
        // 10 and 20 → 15.
        assertThat(ClaimOutcomesReport.of(2026, even).medianDaysToDecision()).isEqualTo(15.0);
        assertThat(ClaimOutcomesReport.of(2024, FACTS).medianDaysToDecision()).isNull();
    }

    private static ClaimFact filed(String claim, String claimant, String respondent, String on) {
        LocalDate day = LocalDate.parse(on);
        return new ClaimFact("e-" + claim + "f", claim, Kind.CLAIM_FILED, claimant, respondent, day, day.getYear(), null, "RUB", 0, 0, 0, 0, null);
    }

    private static ClaimFact decided(String claim, String claimant, String respondent, String on, int policyYear, String outcome,
                                     long deduction, long compensation, long pool) {
        return new ClaimFact("e-" + claim + "d", claim, Kind.CLAIM_DECIDED, claimant, respondent, LocalDate.parse(on), policyYear, outcome,
                "RUB", deduction, compensation, pool, 0, null);
    }
}
