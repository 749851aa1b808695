package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitRoundTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    private static ExitInterview opened(String id, String assignee) {
        return ExitInterview.open(new LostCustomer(id, "c-" + id, "C", "KEY", LocalDate.of(2026, 3, 1), assignee, "sales"),
                new Assignment(assignee, "sales"), CasePolicy.DEFAULT, NOW);
    }

    @Test
    void theFunnelCountsEveryLossByOutcomeAgainstTheBenchmark() {
        ExitInterview completed = opened("1", "anna");
        completed.completeByInterview(OutreachChannel.PHONE, DAY, ExitInterviewTest.answers(), "anna", DAY, NOW);
        ExitInterview declined = opened("2", "anna");
        declined.logAttempt(OutreachChannel.PHONE, DAY, AttemptOutcome.DECLINED, "anna", DAY, CasePolicy.DEFAULT, NOW);
        ExitInterview regained = opened("3", "boris");
        regained.regain(DAY, NOW);
        ExitInterview open = opened("4", "boris");

        ExitRound round = ExitRound.of(2026, List.of(completed, declined, regained, open), LocalDate.of(2026, 4, 15));

        assertThat(round.funnel()).isEqualTo(new ExitRound.Funnel(4, 2, 1, 1, 0, 1, 1, 0));
        assertThat(round.interviewRateBasisPoints()).isEqualTo(2_500);
        assertThat(round.benchmarkMet()).isTrue();
        assertThat(round.assignees()).containsExactly(new ExitRound.AssigneeLoad("boris", 1, 1));
    }

    @Test
    void aWithdrawnLossIsListedButCountsInNoFigure() {
        ExitInterview completed = opened("1", "anna");
        completed.completeByInterview(OutreachChannel.PHONE, DAY, ExitInterviewTest.answers(), "anna", DAY, NOW);
        ExitInterview withdrawn = opened("2", "anna");
        withdrawn.logAttempt(OutreachChannel.PHONE, DAY, AttemptOutcome.NO_ANSWER, "anna", DAY, CasePolicy.DEFAULT, NOW);
        withdrawn.withdraw(LocalDate.of(2026, 3, 1), NOW, DAY, NOW);

        ExitRound round = ExitRound.of(2026, List.of(completed, withdrawn), LocalDate.of(2026, 4, 15));

        assertThat(round.cases()).containsExactly(completed, withdrawn);
        assertThat(round.funnel()).isEqualTo(new ExitRound.Funnel(1, 1, 1, 0, 0, 0, 0, 1));
        assertThat(round.interviewRateBasisPoints()).as("1 interview of 1 loss").isEqualTo(10_000);
        assertThat(round.assignees()).isEmpty();
    }

    @Test
    void theRateIsRoundedDownAndAnEmptyYearMeetsNothing() {
        List<ExitInterview> cases = List.of(opened("1", "a"), opened("2", "a"), opened("3", "a"));
        cases.get(0).completeBySelfService(ExitInterviewTest.answers(), DAY, NOW);

        assertThat(ExitRound.of(2026, cases, DAY).interviewRateBasisPoints()).isEqualTo(3_333);
        assertThat(ExitRound.of(2027, List.of(), DAY).benchmarkMet()).isFalse();
    }
}
