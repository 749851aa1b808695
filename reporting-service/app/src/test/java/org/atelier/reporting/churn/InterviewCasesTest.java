package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atelier.reporting.churn.InterviewCases.Step;
import org.atelier.reporting.churn.InterviewFact.Kind;
import org.junit.jupiter.api.Test;

/** The cases behind each step of the exit round's funnel: counted by the same rules, so each list is as long as its step. */
class InterviewCasesTest {

    private static final LocalDate LOST = LocalDate.of(2026, 3, 14);
    private int sequence;

    // Five cases of 2026, worked by hand:
    //   a  opened, attempt, completed by interview       → opened, contacted, completed, by interview
    //   b  opened, completed by the customer's own answer → opened, contacted (answered), completed, by self-service
    //   c  opened, attempt, declined                      → opened, contacted, declined
    //   d  opened, attempt, unreachable                   → opened, contacted, unreachable
    //   e  opened                                         → opened, open
    //   w  opened, withdrawn (the loss never happened)    → no step
    // Funnel: opened 5, contacted 4, completed 2 (1 + 1), declined 1, unreachable 1, regained 0, open 1.
    private final List<InterviewFact> facts = List.of(
            fact("a", Kind.OPENED), fact("a", Kind.ATTEMPT), completed("a", "INTERVIEW", "LOGISTICS", "logistics"),
            fact("b", Kind.OPENED), completed("b", "SELF_SERVICE", "ASSORTMENT"),
            fact("c", Kind.OPENED), fact("c", Kind.ATTEMPT), fact("c", Kind.DECLINED),
            fact("d", Kind.OPENED), fact("d", Kind.ATTEMPT), fact("d", Kind.UNREACHABLE),
            fact("e", Kind.OPENED),
            fact("w", Kind.OPENED), fact("w", Kind.WITHDRAWN));

    private final List<LostCustomer> losses = List.of(loss("a"), loss("b"), loss("c"), loss("d"), loss("e"));

    @Test
    void eachStepOpensTheCasesItCountsAndNoOthers() {
        ExitInterviewReport.Funnel funnel = ExitInterviewReport.of(2026, losses, facts).funnel();
        List<Integer> counted = List.of(funnel.opened(), funnel.contacted(), funnel.completed(), funnel.byInterview(),
                funnel.bySelfService(), funnel.declined(), funnel.unreachable(), funnel.regained(), funnel.open());

        assertThat(counted).containsExactly(5, 4, 2, 1, 1, 1, 1, 0, 1);
        for (Step step : Step.values()) {
            assertThat(InterviewCases.behind(2026, step, losses, facts)).as(step.code()).hasSize(counted.get(step.ordinal()));
        }
        assertThat(InterviewCases.behind(2026, Step.CONTACTED, losses, facts)).extracting(InterviewCases.Case::caseId)
                .containsExactly("case-a", "case-b", "case-c", "case-d");
    }

    @Test
    void aCaseSaysWhereItStandsAndWhatTheCustomerSaid() {
        List<InterviewCases.Case> completed = InterviewCases.behind(2026, Step.COMPLETED, losses, facts);

        assertThat(completed).extracting(InterviewCases.Case::where).containsExactly(Step.BY_INTERVIEW, Step.BY_SELF_SERVICE);
        assertThat(completed.get(0).customerName()).isEqualTo("Customer a");
        assertThat(completed.get(0).primaryReason()).isEqualTo("LOGISTICS");
        assertThat(completed.get(0).departmentsAtFault()).containsExactly("logistics");
        assertThat(InterviewCases.behind(2026, Step.OPEN, losses, facts)).singleElement()
                .satisfies(open -> assertThat(open.primaryReason()).isNull());
        assertThat(InterviewCases.behind(2025, Step.OPENED, losses, facts)).as("another year").isEmpty();
        assertThat(Step.ofCode("bySelfService")).contains(Step.BY_SELF_SERVICE);
        assertThat(Step.ofCode("everything")).isEmpty();
    }

    private InterviewFact fact(String customer, Kind kind) {
        return InterviewFact.of("event-" + sequence++, "case-" + customer, kind, customer, LOST);
    }

    private InterviewFact completed(String customer, String channel, String primary, String... departments) {
        return new InterviewFact("event-" + sequence++, "case-" + customer, Kind.COMPLETED, customer, LOST, channel, primary,
                List.of(primary), List.of(departments));
    }

    private static LostCustomer loss(String customer) {
        return new LostCustomer("loss-" + customer, customer, "Customer " + customer, "KEY", "Rival", LOST, "LOGISTICS",
                new ArrayList<>(List.of("LOGISTICS")), List.of(), Instant.parse("2026-03-14T12:00:00Z"));
    }
}
