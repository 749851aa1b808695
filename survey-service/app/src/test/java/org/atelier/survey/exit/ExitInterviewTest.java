package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.survey.common.RuleViolation;
import org.junit.jupiter.api.Test;

class ExitInterviewTest {

    static final LocalDate LOST_ON = LocalDate.of(2026, 3, 14);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    static final CasePolicy POLICY = CasePolicy.DEFAULT;

    static LostCustomer loss(String eventId) {
        return new LostCustomer(eventId, "c-1", "Northwind Trading", "KEY", LOST_ON, "anna", "sales");
    }

    static ExitInterview opened() {
        return ExitInterview.open(loss("loss-1"), new Assignment("anna", "sales"), POLICY, NOW);
    }

    static Questionnaire answers() {
        return new Questionnaire(List.of(new Reason(ReasonCode.STAFF_ATTITUDE, true, List.of("logistics")),
                new Reason(ReasonCode.PRICE_AND_DISCOUNTS, false, List.of())), "Deliveries on time", WouldReturn.MAYBE, null);
    }

    @Test
    void theSameLossAlwaysNamesTheSameCaseAndAnotherLossAnother() {
        assertThat(CaseId.forLoss("loss-1")).isEqualTo(CaseId.forLoss("loss-1")).isNotEqualTo(CaseId.forLoss("loss-2"));
        assertThat(opened().id()).isEqualTo(CaseId.forLoss("loss-1"));
    }

    @Test
    void aCaseOpensDueThirtyDaysAfterTheLossByDefaultAndSaysSoOnce() {
        ExitInterview opened = opened();

        assertThat(opened.state()).isEqualTo(CaseState.OPEN);
        assertThat(opened.dueOn()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(opened.newEvents()).singleElement().isInstanceOf(ExitInterviewEvent.Opened.class);
    }

    @Test
    void theDueDateFollowsThePolicy() {
        ExitInterview opened = ExitInterview.open(loss("loss-1"), Assignment.NOBODY, new CasePolicy(3, 10), NOW);

        assertThat(opened.dueOn()).isEqualTo(LOST_ON.plusDays(10));
        assertThat(opened.isOverdue(LOST_ON.plusDays(10))).isFalse();
        assertThat(opened.isOverdue(LOST_ON.plusDays(11))).isTrue();
    }

    @Test
    void theThirdUnansweredAttemptClosesTheCaseAsUnreachable() {
        ExitInterview c = opened();
        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW);
        c.logAttempt(OutreachChannel.EMAIL, TODAY, AttemptOutcome.SCHEDULED, "anna", TODAY, POLICY, NOW);
        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW);
        assertThat(c.state()).isEqualTo(CaseState.OPEN);

        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW);

        assertThat(c.state()).isEqualTo(CaseState.UNREACHABLE);
        assertThat(c.attempts()).extracting(Attempt::number).containsExactly(1, 2, 3, 4);
        assertThat(c.newEvents().get(c.newEvents().size() - 1)).isEqualTo(
                new ExitInterviewEvent.Closed(c.id(), CaseState.UNREACHABLE, 4, TODAY, NOW));
    }

    @Test
    void theNumberOfUnansweredAttemptsIsConfigurable() {
        ExitInterview c = opened();

        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, new CasePolicy(1, 30), NOW);

        assertThat(c.state()).isEqualTo(CaseState.UNREACHABLE);
    }

    @Test
    void aRefusalClosesTheCaseAsDeclined() {
        ExitInterview c = opened();

        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.DECLINED, "anna", TODAY, POLICY, NOW);

        assertThat(c.state()).isEqualTo(CaseState.DECLINED);
        assertThat(c.newEvents()).last().isEqualTo(new ExitInterviewEvent.Declined(c.id(), 1, TODAY, NOW));
    }

    @Test
    void anInterviewCompletesTheCaseWithItsAttemptAndAnswers() {
        ExitInterview c = opened();

        c.completeByInterview(OutreachChannel.MEETING, TODAY, answers(), "anna", TODAY, NOW);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.completedBy()).isEqualTo(CompletionChannel.INTERVIEW);
        assertThat(c.attempts()).singleElement().extracting(Attempt::outcome).isEqualTo(AttemptOutcome.COMPLETED);
        assertThat(c.newEvents()).hasSize(3).last().isInstanceOf(ExitInterviewEvent.Completed.class);
        assertThat(c.wasContacted()).isTrue();
    }

    @Test
    void aCompletedOutcomeIsNotLoggedWithoutItsQuestionnaire() {
        ExitInterview c = opened();

        assertThatThrownBy(() -> c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.COMPLETED, "anna", TODAY, POLICY, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThat(c.attempts()).isEmpty();
    }

    @Test
    void aClosedCaseTakesNoMoreWork() {
        ExitInterview c = opened();
        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.DECLINED, "anna", TODAY, POLICY, NOW);

        assertThatThrownBy(() -> c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW))
                .isInstanceOf(CaseClosed.class);
        assertThatThrownBy(() -> c.completeByInterview(OutreachChannel.PHONE, TODAY, answers(), "anna", TODAY, NOW))
                .isInstanceOf(CaseClosed.class);
        assertThat(c.attempts()).hasSize(1);
    }

    @Test
    void anAttemptIsNeitherBeforeTheLossNorInTheFuture() {
        ExitInterview c = opened();

        assertThatThrownBy(() -> c.logAttempt(OutreachChannel.PHONE, LOST_ON.minusDays(1), AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("before the loss");
        assertThatThrownBy(() -> c.logAttempt(OutreachChannel.PHONE, TODAY.plusDays(1), AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("future");
        assertThat(c.attempts()).isEmpty();
    }

    @Test
    void aRegainClosesAnOpenCaseButNotAClosedOne() {
        ExitInterview open = opened();
        assertThat(open.regain(TODAY, NOW)).isTrue();
        assertThat(open.state()).isEqualTo(CaseState.REGAINED);
        assertThat(open.regain(TODAY, NOW)).as("a second regain").isFalse();

        ExitInterview completed = opened();
        completed.completeByInterview(OutreachChannel.PHONE, TODAY, answers(), "anna", TODAY, NOW);
        assertThat(completed.regain(TODAY, NOW)).isFalse();
        assertThat(completed.state()).isEqualTo(CaseState.COMPLETED);
    }

    @Test
    void aWithdrawnLossClosesItsOpenCaseOnceAsWithdrawn() {
        ExitInterview c = opened();
        c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW);
        Instant withdrawnAt = NOW.plusSeconds(60);

        assertThat(c.withdraw(LOST_ON, withdrawnAt, TODAY, NOW)).isTrue();

        assertThat(c.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(c.state().isOpen()).isFalse();
        assertThat(c.closedOn()).isEqualTo(TODAY);
        assertThat(c.newEvents()).last().isEqualTo(new ExitInterviewEvent.Closed(c.id(), CaseState.WITHDRAWN, 1, TODAY, NOW));
        assertThat(c.withdraw(LOST_ON, withdrawnAt, TODAY, NOW)).as("the same withdrawal again").isFalse();
        assertThat(c.newEvents()).filteredOn(event -> event instanceof ExitInterviewEvent.Closed).hasSize(1);
        assertThatThrownBy(() -> c.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.NO_ANSWER, "anna", TODAY, POLICY, NOW))
                .isInstanceOf(CaseClosed.class);
    }

    @Test
    void aCaseThatClosedBeforeItsLossWasWithdrawnKeepsItsOutcome() {
        ExitInterview completed = opened();
        completed.completeByInterview(OutreachChannel.PHONE, TODAY, answers(), "anna", TODAY, NOW);
        ExitInterview declined = opened();
        declined.logAttempt(OutreachChannel.PHONE, TODAY, AttemptOutcome.DECLINED, "anna", TODAY, POLICY, NOW);
        ExitInterview regained = opened();
        regained.regain(TODAY, NOW);

        for (ExitInterview closed : List.of(completed, declined, regained)) {
            CaseState before = closed.state();
            int events = closed.newEvents().size();
            assertThat(closed.withdraw(LOST_ON, NOW.plusSeconds(60), TODAY, NOW)).as(before.name()).isFalse();
            assertThat(closed.state()).isEqualTo(before);
            assertThat(closed.newEvents()).hasSize(events);
        }
    }

    @Test
    void aWithdrawalOfAnotherLossLeavesTheCaseOpen() {
        Instant recordedAt = Instant.parse("2026-03-14T12:00:00Z");
        ExitInterview c = ExitInterview.open(new LostCustomer("loss-2", "c-1", "Northwind Trading", "KEY", LOST_ON, "anna", "sales",
                recordedAt), new Assignment("anna", "sales"), POLICY, NOW);

        assertThat(c.withdraw(LOST_ON.minusDays(1), recordedAt.plusSeconds(60), TODAY, NOW)).as("a loss of another day").isFalse();
        assertThat(c.withdraw(LOST_ON, recordedAt.minusSeconds(60), TODAY, NOW))
                .as("an earlier loss of the same day, withdrawn before this one was recorded (a redelivery)").isFalse();
        assertThat(c.state()).isEqualTo(CaseState.OPEN);
        assertThat(c.withdraw(LOST_ON, recordedAt.plusSeconds(60), TODAY, NOW)).as("this loss").isTrue();
    }

    @Test
    void aSelfServiceAnswerCompletesTheCaseWithoutAnAttempt() {
        ExitInterview c = opened();

        c.completeBySelfService(answers(), TODAY, NOW);

        assertThat(c.completedBy()).isEqualTo(CompletionChannel.SELF_SERVICE);
        assertThat(c.attempts()).isEmpty();
        assertThat(c.wasContacted()).isTrue();
    }
}
