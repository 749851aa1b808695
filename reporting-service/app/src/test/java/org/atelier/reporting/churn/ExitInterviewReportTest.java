package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.atelier.reporting.churn.InterviewFact.Kind;
import org.junit.jupiter.api.Test;

class ExitInterviewReportTest {

    private static final LocalDate LOST = LocalDate.of(2026, 3, 14);

    /**
     * Seven losses; cases: a completed by interview (after two attempts), b completed by self-service (no attempt),
     * c declined, d unreachable after attempts, e regained without contact, f opened only; g has no case.
     */
    @Test
    void theFunnelAndTheInterviewRateCountTheCasesOfTheYearsLosses() {
        List<LostCustomer> losses = new ArrayList<>();
        for (String customer : List.of("a", "b", "c", "d", "e", "f", "g")) {
            losses.add(loss(customer, "PRICE_AND_DISCOUNTS", List.of()));
        }
        List<InterviewFact> facts = new ArrayList<>();
        facts.addAll(List.of(opened("a"), fact("a", Kind.ATTEMPT), fact("a", Kind.ATTEMPT), completed("a", "INTERVIEW", "PRICE_AND_DISCOUNTS")));
        facts.addAll(List.of(opened("b"), completed("b", "SELF_SERVICE", "STAFF_ATTITUDE", "logistics")));
        facts.addAll(List.of(opened("c"), fact("c", Kind.ATTEMPT), fact("c", Kind.DECLINED)));
        facts.addAll(List.of(opened("d"), fact("d", Kind.ATTEMPT), fact("d", Kind.ATTEMPT), fact("d", Kind.ATTEMPT), fact("d", Kind.UNREACHABLE)));
        facts.addAll(List.of(opened("e"), fact("e", Kind.REGAINED)));
        facts.add(opened("f"));

        ExitInterviewReport report = ExitInterviewReport.of(2026, losses, facts);

        assertThat(report.losses()).isEqualTo(7);
        assertThat(report.funnel()).isEqualTo(new ExitInterviewReport.Funnel(6, 4, 2, 1, 1, 1, 1, 1, 1));
        // 2 / 7 = 2 857.14 bp → 2 857, inside the article's 2 500–3 000.
        assertThat(report.interviewRateBp()).isEqualTo(2_857);
        assertThat(report.benchmark()).isEqualTo(new ExitInterviewReport.Benchmark(2_500, 3_000));
    }

    @Test
    void salesReasonsStandBesideTheCustomersOwnForTheInterviewedLosses() {
        List<LostCustomer> losses = List.of(
                loss("a", "PRICE_AND_DISCOUNTS", List.of()),
                loss("b", "PRICE_AND_DISCOUNTS", List.of()),
                loss("c", "LOGISTICS", List.of("logistics")),
                loss("d", "ASSORTMENT", List.of()));
        List<InterviewFact> facts = List.of(
                opened("a"), completed("a", "INTERVIEW", "PRICE_AND_DISCOUNTS"),
                opened("b"), completed("b", "INTERVIEW", "STAFF_ATTITUDE", "sales"),
                opened("c"), completed("c", "SELF_SERVICE", "STAFF_ATTITUDE", "logistics"));

        ExitInterviewReport.SalesVsCustomer compared = ExitInterviewReport.of(2026, losses, facts).salesVsCustomer();

        assertThat(compared.compared()).isEqualTo(3);
        assertThat(compared.primaryReasonsMatch()).isEqualTo(1);
        // Sales: price 2 of 4 losses (5 000 bp); customers: price 1 of 3 interviews (3 333), staff attitude 2 of 3 (6 666).
        assertThat(compared.byReason().get("PRICE_AND_DISCOUNTS")).isEqualTo(new ExitInterviewReport.ReasonShares(2, 5_000, 1, 3_333));
        assertThat(compared.byReason().get("STAFF_ATTITUDE")).isEqualTo(new ExitInterviewReport.ReasonShares(0, 0, 2, 6_666));
        assertThat(compared.byReason().get("ASSORTMENT")).isEqualTo(new ExitInterviewReport.ReasonShares(1, 2_500, 0, 0));
        assertThat(compared.departmentsAtFault()).containsExactly(
                Map.entry("logistics", new ExitInterviewReport.NamedBy(1, 1)), Map.entry("sales", new ExitInterviewReport.NamedBy(0, 1)));
    }

    @Test
    void aCaseClosedAsWithdrawnCountsInNoStepOfTheFunnelAndItsLossInNoFigure() {
        // Loss b was withdrawn: the churn read model no longer lists it, and survey closed its case as withdrawn.
        List<LostCustomer> losses = List.of(loss("a", "LOGISTICS", List.of()));
        List<InterviewFact> facts = List.of(opened("a"), fact("a", Kind.ATTEMPT), completed("a", "INTERVIEW", "LOGISTICS"),
                opened("b"), fact("b", Kind.ATTEMPT), fact("b", Kind.WITHDRAWN));

        ExitInterviewReport report = ExitInterviewReport.of(2026, losses, facts);

        assertThat(report.losses()).isEqualTo(1);
        assertThat(report.funnel()).isEqualTo(new ExitInterviewReport.Funnel(1, 1, 1, 1, 0, 0, 0, 0, 0));
        assertThat(report.interviewRateBp()).isEqualTo(10_000);
    }

    @Test
    void anInterviewOfAWithdrawnOrAnotherYearsLossDoesNotRaiseTheRate() {
        List<LostCustomer> losses = List.of(loss("a", "LOGISTICS", List.of()));
        List<InterviewFact> facts = List.of(opened("a"), completed("a", "INTERVIEW", "LOGISTICS"),
                opened("withdrawn"), completed("withdrawn", "INTERVIEW", "LOGISTICS"));

        ExitInterviewReport report = ExitInterviewReport.of(2026, losses, facts);

        assertThat(report.funnel().completed()).as("the case itself was completed").isEqualTo(2);
        assertThat(report.interviewRateBp()).as("but only a counted loss's interview makes the rate").isEqualTo(10_000);
        assertThat(ExitInterviewReport.of(2027, losses, facts).interviewRateBp()).as("no losses, no rate").isNull();
    }

    private static LostCustomer loss(String customer, String primary, List<String> departments) {
        return new LostCustomer("loss-" + customer, customer, "Customer " + customer, "KEY", "Rival", LOST, primary, List.of(primary),
                departments, Instant.parse("2026-03-14T12:00:00Z"));
    }

    private static InterviewFact opened(String customer) {
        return fact(customer, Kind.OPENED);
    }

    private static int sequence;

    private static InterviewFact fact(String customer, Kind kind) {
        return InterviewFact.of("event-" + sequence++, "case-" + customer, kind, customer, LOST);
    }

    private static InterviewFact completed(String customer, String channel, String primary, String... departments) {
        return new InterviewFact("event-" + sequence++, "case-" + customer, Kind.COMPLETED, customer, LOST, channel, primary,
                List.of(primary), List.of(departments));
    }
}
