package org.atelier.reporting.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.atelier.reporting.claims.ClaimFact.Kind;
import org.atelier.reporting.claims.ClaimOutcomesReport.LostCustomerClaims;
import org.atelier.reporting.claims.LostCustomerLink.LossCame;
import org.atelier.reporting.table.ReportTable;
import org.junit.jupiter.api.Test;

class LostCustomerLinksTest {

    /*
     * Claims decided under the 2026 policy:
     *   c2 sales → logistics, UPHELD 2026-03-11, about cu-1
     *   c3 sales → logistics, REJECTED 2026-04-21, about cu-1             (not upheld: no link)
     *   c4 sales → logistics, PARTIALLY_UPHELD 2026-01-19, about cu-2     (the customer named at filing only)
     *   c5 production → marketing, UPHELD 2026-06-01, about cu-3          (cu-3 never lost: no link)
     *   c7 production → marketing, PARTIALLY_UPHELD 2026-02-01, about cu-2
     * and c6 marketing → production, UPHELD under the 2025 policy, about cu-1 (another year's report).
     * Losses: cu-1 on 2025-11-30, regained, lost again 2026-09-01; cu-2 on 2026-01-19.
     *
     * Links, by decision day: c4 × cu-2 2026-01-19 (the decision's own day: AFTER);
     *   c7 × cu-2 2026-01-19 (before 02-01: BEFORE);
     *   c2 × cu-1 2025-11-30 (BEFORE) and c2 × cu-1 2026-09-01 (AFTER) — one per loss.
     *   = 4 links, 3 claims. Per customer: cu-2 lost 01-19, claims c4, c7; cu-1 lost 2025-11-30 and 2026-09-01, claim c2.
     * Table: sales filed c2, c4 → 2 as claimant; logistics received them → 2 as respondent (c2's two links count once);
     *   production 1 as claimant (c7), marketing 1 as respondent.
     */
    private static final List<ClaimFact> FACTS = List.of(
            filed("c2", "sales", "logistics", "2026-03-01", "cu-1"),
            decided("c2", "sales", "logistics", "2026-03-11", 2026, "UPHELD", "cu-1"),
            decided("c3", "sales", "logistics", "2026-04-21", 2026, "REJECTED", "cu-1"),
            filed("c4", "sales", "logistics", "2025-12-20", "cu-2"),
            decided("c4", "sales", "logistics", "2026-01-19", 2026, "PARTIALLY_UPHELD", null),
            decided("c5", "production", "marketing", "2026-06-01", 2026, "UPHELD", "cu-3"),
            decided("c6", "marketing", "production", "2026-01-10", 2025, "UPHELD", "cu-1"),
            decided("c7", "production", "marketing", "2026-02-01", 2026, "PARTIALLY_UPHELD", "cu-2"));

    private static final List<LostCustomerLoss> LOSSES = List.of(
            new LostCustomerLoss("cu-1", "Old name", LocalDate.parse("2025-11-30")),
            new LostCustomerLoss("cu-1", "Aurora", LocalDate.parse("2026-09-01")),
            new LostCustomerLoss("cu-2", "Borei", LocalDate.parse("2026-01-19")));

    @Test
    void everyUpheldOrPartlyUpheldClaimIsLinkedToEachLossOfItsCustomerBeforeOrAfterItsDecision() {
        ClaimOutcomesReport report = ClaimOutcomesReport.of(2026, FACTS, LOSSES);

        assertThat(report.lostCustomerLinks()).containsExactly(
                link("c4", "sales", "logistics", "PARTIALLY_UPHELD", "2026-01-19", "cu-2", "Borei", "2026-01-19", LossCame.AFTER_DECISION),
                link("c7", "production", "marketing", "PARTIALLY_UPHELD", "2026-02-01", "cu-2", "Borei", "2026-01-19", LossCame.BEFORE_DECISION),
                link("c2", "sales", "logistics", "UPHELD", "2026-03-11", "cu-1", "Aurora", "2025-11-30", LossCame.BEFORE_DECISION),
                link("c2", "sales", "logistics", "UPHELD", "2026-03-11", "cu-1", "Aurora", "2026-09-01", LossCame.AFTER_DECISION));
        assertThat(report.lostCustomers()).containsExactly(
                new LostCustomerClaims("cu-2", "Borei", List.of(LocalDate.parse("2026-01-19")), List.of("c4", "c7")),
                new LostCustomerClaims("cu-1", "Aurora", List.of(LocalDate.parse("2025-11-30"), LocalDate.parse("2026-09-01")), List.of("c2")));
        assertThat(ClaimOutcomesReport.of(2025, FACTS, LOSSES).lostCustomerLinks()).extracting(LostCustomerLink::claimId)
                .as("a decision links in the year of its policy").containsExactly("c6", "c6");
        assertThat(ClaimOutcomesReport.of(2026, FACTS).lostCustomerLinks()).as("no loss known, no link").isEmpty();
    }

    @Test
    void theTableCountsEachDepartmentsLinkedClaimsOnEitherSide() {
        ReportTable table = ClaimOutcomesReport.of(2026, FACTS, LOSSES).table();

        int asClaimant = column(table, "lostCustomerClaims.asClaimant");
        int asRespondent = column(table, "lostCustomerClaims.asRespondent");
        assertThat(cell(table, "sales", asClaimant)).isEqualTo("2");
        assertThat(cell(table, "logistics", asRespondent)).isEqualTo("2");
        assertThat(cell(table, "logistics", asClaimant)).isEqualTo("0");
        assertThat(cell(table, "production", asClaimant)).isEqualTo("1");
        assertThat(cell(table, "marketing", asRespondent)).isEqualTo("1");
    }

    /** Marketing's head: c7, the claim against it; logistics' head: c4 and c2; legal's head: nothing. */
    @Test
    void aDepartmentHeadSeesOnlyTheLinksOfClaimsTheirDepartmentFiledOrReceived() {
        ClaimOutcomesReport all = ClaimOutcomesReport.of(2026, FACTS, LOSSES);

        ClaimOutcomesReport marketing = all.ofDepartmentOnly("marketing");
        assertThat(marketing.lostCustomerLinks()).extracting(LostCustomerLink::claimId).containsExactly("c7");
        assertThat(marketing.lostCustomers()).containsExactly(
                new LostCustomerClaims("cu-2", "Borei", List.of(LocalDate.parse("2026-01-19")), List.of("c7")));
        assertThat(all.ofDepartmentOnly("logistics").lostCustomerLinks()).extracting(LostCustomerLink::claimId)
                .containsExactly("c4", "c2", "c2");
        assertThat(all.ofDepartmentOnly("legal").lostCustomerLinks()).isEmpty();
        assertThat(all.ofDepartmentOnly("legal").lostCustomers()).isEmpty();
    }

    private static int column(ReportTable table, String key) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }

    private static String cell(ReportTable table, String department, int column) {
        return table.rows().stream().filter(row -> row.get(0).written().equals(department)).findFirst()
                .orElseThrow().get(column).written();
    }

    private static LostCustomerLink link(String claim, String claimant, String respondent, String outcome, String decidedOn,
                                         String customer, String name, String lostOn, LossCame came) {
        return new LostCustomerLink(claim, claimant, respondent, outcome, LocalDate.parse(decidedOn), customer, name,
                LocalDate.parse(lostOn), came);
    }

    private static ClaimFact filed(String claim, String claimant, String respondent, String on, String customer) {
        LocalDate day = LocalDate.parse(on);
        return new ClaimFact("e-" + claim + "f", claim, Kind.CLAIM_FILED, claimant, respondent, day, day.getYear(), null, "RUB", 0, 0, 0, 0,
                customer);
    }

    private static ClaimFact decided(String claim, String claimant, String respondent, String on, int policyYear, String outcome,
                                     String customer) {
        return new ClaimFact("e-" + claim + "d", claim, Kind.CLAIM_DECIDED, claimant, respondent, LocalDate.parse(on), policyYear, outcome,
                "RUB", 1_000, 500, 500, 0, customer);
    }
}
