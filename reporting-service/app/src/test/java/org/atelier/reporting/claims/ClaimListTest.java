package org.atelier.reporting.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.reporting.claims.ClaimFact.Kind;
import org.junit.jupiter.api.Test;

/** The lists behind the claim outcomes' numbers: the same facts, the same rules, so each is as long as its number. */
class ClaimListTest {

    // 2031, worked by hand:
    //   A  sales → logistics   filed 1 Feb 2031, UPHELD 1 Mar (decision delivered twice under two event ids)
    //   B  sales → logistics   filed 10 Feb 2031, REJECTED 1 Apr
    //   C  logistics → sales   filed 1 May 2031, withdrawn 3 May
    //   D  sales → finance     filed 20 Dec 2030, PARTIALLY_UPHELD 15 Jan 2031 (a 2031 decision of a 2030 filing)
    //   E  commendation act, sales for logistics, APPROVED 1 Jun 2031
    // Totals: filed 3 (A, B, C), decided 3 (A, B, D): upheld 1, partially 1, rejected 1; withdrawn 1 (C).
    // sales: filed 2 (A, B), received 1 (C), its claims upheld 1 (A), partially 1 (D), rejected 1 (B), withdrawn 0,
    //        commendations given 1 (E). logistics: filed 1 (C), received 2 (A, B), against it upheld 1 (A), rejected 1
    //        (B), withdrawn 1 (C), commendations received 1 (E). finance: received 0, against it partially 1 (D).
    private final List<ClaimFact> facts = List.of(
            fact("A", Kind.CLAIM_FILED, "sales", "logistics", LocalDate.of(2031, 2, 1), null),
            fact("A", Kind.CLAIM_DECIDED, "sales", "logistics", LocalDate.of(2031, 3, 1), "UPHELD"),
            fact("A", Kind.CLAIM_DECIDED, "sales", "logistics", LocalDate.of(2031, 3, 1), "UPHELD"),
            fact("B", Kind.CLAIM_FILED, "sales", "logistics", LocalDate.of(2031, 2, 10), null),
            fact("B", Kind.CLAIM_DECIDED, "sales", "logistics", LocalDate.of(2031, 4, 1), "REJECTED"),
            fact("C", Kind.CLAIM_FILED, "logistics", "sales", LocalDate.of(2031, 5, 1), null),
            fact("C", Kind.CLAIM_WITHDRAWN, "logistics", "sales", LocalDate.of(2031, 5, 3), null),
            fact("D", Kind.CLAIM_FILED, "sales", "finance", LocalDate.of(2030, 12, 20), null),
            fact("D", Kind.CLAIM_DECIDED, "sales", "finance", LocalDate.of(2031, 1, 15), "PARTIALLY_UPHELD"),
            fact("E", Kind.COMMENDATION_DECIDED, "sales", "logistics", LocalDate.of(2031, 6, 1), "APPROVED"));

    @Test
    void everyNumberOfEveryDepartmentsRowOpensAListExactlyAsLong() {
        ClaimOutcomesReport report = ClaimOutcomesReport.of(2031, facts);

        report.byDepartment().forEach((code, row) -> {
            Map<String, Integer> numbers = Map.ofEntries(Map.entry("filed", row.filed()), Map.entry("received", row.received()),
                    Map.entry("asClaimant.upheld", row.asClaimant().upheld()),
                    Map.entry("asClaimant.partiallyUpheld", row.asClaimant().partiallyUpheld()),
                    Map.entry("asClaimant.rejected", row.asClaimant().rejected()),
                    Map.entry("asRespondent.upheld", row.asRespondent().upheld()),
                    Map.entry("asRespondent.partiallyUpheld", row.asRespondent().partiallyUpheld()),
                    Map.entry("asRespondent.rejected", row.asRespondent().rejected()), Map.entry("withdrawn", row.withdrawn()),
                    Map.entry("commendationsGiven", row.commendationsGiven()),
                    Map.entry("commendationsReceived", row.commendationsReceived()));
            Map<String, Map<String, Long>> money = Map.of("deducted", row.deducted(), "compensated", row.compensated(),
                    "sentToThePool", row.sentToThePool(), "commendedWith", row.commendedWith());
            assertThat(ClaimList.DEPARTMENT_COUNTS).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(numbers.keySet().stream(), money.keySet().stream()).toList());
            numbers.forEach((count, number) -> assertThat(ClaimList.of(2031, facts, count, code)).as(code + " " + count).hasSize(number));
            money.forEach((sum, amounts) -> {
                List<ClaimList.Sums> sums = ClaimList.sums(ClaimList.of(2031, facts, sum, code));
                Map<String, Long> listed = new java.util.TreeMap<>();
                sums.forEach(one -> listed.put(one.currency(), switch (sum) {
                    case "deducted" -> one.deduction();
                    case "compensated" -> one.compensation();
                    case "sentToThePool" -> one.pool();
                    default -> one.granted();
                }));
                listed.values().removeIf(amount -> amount == 0);
                Map<String, Long> reported = new java.util.TreeMap<>(amounts);
                reported.values().removeIf(amount -> amount == 0);
                assertThat(listed).as(code + " " + sum + ": the list adds up to the number").isEqualTo(reported);
            });
        });
        assertThat(report.byDepartment().keySet()).containsExactly("finance", "logistics", "sales");
    }

    @Test
    void theCompanysTotalsOpenListsExactlyAsLong() {
        ClaimOutcomesReport.Totals totals = ClaimOutcomesReport.of(2031, facts).totals();

        assertThat(ClaimList.of(2031, facts, "filed", null)).extracting(ClaimList.Item::itemId).containsExactly("A", "B", "C")
                .hasSize(totals.filed());
        assertThat(ClaimList.of(2031, facts, "decided", null)).extracting(ClaimList.Item::itemId).containsExactly("D", "A", "B")
                .hasSize(totals.decided());
        assertThat(ClaimList.of(2031, facts, "upheld", null)).hasSize(totals.upheld());
        assertThat(ClaimList.of(2031, facts, "partiallyUpheld", null)).hasSize(totals.partiallyUpheld());
        assertThat(ClaimList.of(2031, facts, "rejected", null)).hasSize(totals.rejected());
        assertThat(ClaimList.of(2031, facts, "withdrawn", null)).extracting(ClaimList.Item::itemId).containsExactly("C")
                .hasSize(totals.withdrawn());
        assertThat(ClaimList.of(2031, facts, "commendationsApproved", null)).hasSize(totals.commendationsApproved());
        assertThat(ClaimList.of(2031, facts, "commendationsDeclined", null)).isEmpty();
    }

    @Test
    void theMoneyADepartmentWasDeductedOrGrantedOpensTheDecisionsThatMovedIt() {
        // logistics was deducted 100.00, by A alone (B was rejected: nothing moved); sales was compensated 50.00 by A
        // and 20.00 by D = 70.00; the pool got 20.00 (D, 15 Jan) + 50.00 (A, 1 Mar); logistics was granted 30.00 by E.
        List<ClaimList.Item> deducted = ClaimList.of(2031, facts, "deducted", "logistics");
        assertThat(deducted).extracting(ClaimList.Item::itemId).containsExactly("A");
        assertThat(ClaimList.sums(deducted)).containsExactly(new ClaimList.Sums("RUB", 10_000, 5_000, 5_000, 0));

        List<ClaimList.Item> compensated = ClaimList.of(2031, facts, "compensated", "sales");
        assertThat(compensated).extracting(ClaimList.Item::itemId).containsExactly("D", "A");
        assertThat(ClaimList.sums(compensated)).singleElement().satisfies(sums -> assertThat(sums.compensation()).isEqualTo(7_000));

        assertThat(ClaimList.of(2031, facts, "sentToThePool", null)).extracting(ClaimList.Item::itemId).containsExactly("D", "A");
        assertThat(ClaimList.sums(ClaimList.of(2031, facts, "commendedWith", "logistics")))
                .containsExactly(new ClaimList.Sums("RUB", 0, 0, 0, 3_000));
        assertThat(ClaimList.sums(ClaimList.of(2031, facts, "asRespondent.rejected", "logistics")))
                .as("B was rejected: nothing moved, nothing to add up").isEmpty();
    }

    @Test
    void aDecisionCountedInTheYearKnowsTheDayItsClaimWasFiledTheYearBefore() {
        List<ClaimList.Item> partially = ClaimList.of(2031, facts, "asClaimant.partiallyUpheld", "sales");

        assertThat(partially).singleElement().satisfies(item -> {
            assertThat(item.itemId()).isEqualTo("D");
            assertThat(item.filedOn()).isEqualTo(LocalDate.of(2030, 12, 20));
            assertThat(item.on()).isEqualTo(LocalDate.of(2031, 1, 15));
            assertThat(item.to()).isEqualTo("finance");
            assertThat(item.commendation()).isFalse();
        });
        assertThat(ClaimList.of(2030, facts, "filed", "sales")).extracting(ClaimList.Item::itemId).containsExactly("D");
    }

    @Test
    void aCompanyCountAskedOfADepartmentIsRefused() {
        assertThatThrownBy(() -> ClaimList.of(2031, facts, "upheld", "sales")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Upheld: 100.00 deducted, 50.00 compensated, 50.00 to the pool; partially: 40.00, 20.00, 20.00; an approved act grants 30.00. */
    private static ClaimFact fact(String item, Kind kind, String from, String to, LocalDate on, String outcome) {
        long deduction = "UPHELD".equals(outcome) ? 10_000 : "PARTIALLY_UPHELD".equals(outcome) ? 4_000 : 0;
        long granted = "APPROVED".equals(outcome) ? 3_000 : 0;
        String currency = kind == Kind.CLAIM_DECIDED || kind == Kind.COMMENDATION_DECIDED ? "RUB" : null;
        return new ClaimFact(UUID.randomUUID().toString(), item, kind, from, to, on, on.getYear(), outcome, currency,
                deduction, deduction / 2, deduction / 2, granted, null);
    }
}
