package org.atelier.survey.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.atelier.survey.common.RuleViolation;

/**
 * One lost customer's exit-interview case: opened by the loss, worked by its assignee through an outreach log, and
 * closed once — completed with the questionnaire, declined, unreachable after the policy's number of unanswered
 * attempts, regained when the customer buys again first, or withdrawn when the loss itself turns out to be a mistake.
 */
public final class ExitInterview {

    private final String id;
    private final String lossEventId;
    private final String customerId;
    private final String customerName;
    private final String significance;
    private final LocalDate lostOn;
    private final Instant lossRecordedAt;
    private final LocalDate dueOn;
    private final String customerDepartment;
    private final Assignment assignment;
    private final Instant openedAt;
    private final List<Attempt> attempts;
    private CaseState state;
    private Questionnaire questionnaire;
    private CompletionChannel completedBy;
    private LocalDate closedOn;
    private final long version;
    private final List<ExitInterviewEvent> newEvents = new ArrayList<>();

    private ExitInterview(String id, String lossEventId, String customerId, String customerName, String significance, LocalDate lostOn,
                          Instant lossRecordedAt, LocalDate dueOn, String customerDepartment, Assignment assignment, Instant openedAt, List<Attempt> attempts,
                          CaseState state, Questionnaire questionnaire, CompletionChannel completedBy, LocalDate closedOn, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.lossEventId = lossEventId;
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.customerName = customerName;
        this.significance = significance;
        this.lostOn = Objects.requireNonNull(lostOn, "lostOn");
        this.lossRecordedAt = lossRecordedAt;
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.customerDepartment = customerDepartment;
        this.assignment = assignment == null ? Assignment.NOBODY : assignment;
        this.openedAt = openedAt;
        this.attempts = new ArrayList<>(attempts);
        this.state = Objects.requireNonNull(state, "state");
        this.questionnaire = questionnaire;
        this.completedBy = completedBy;
        this.closedOn = closedOn;
        this.version = version;
    }

    /** Opens the case of a loss; its id follows from the loss event's, so the same loss cannot open two. */
    public static ExitInterview open(LostCustomer loss, Assignment assignment, CasePolicy policy, Instant now) {
        ExitInterview opened = new ExitInterview(CaseId.forLoss(loss.lossEventId()), loss.lossEventId(), loss.customerId(),
                loss.customerName(), loss.significance(), loss.lostOn(), loss.recordedAt(), loss.lostOn().plusDays(policy.daysToInterview()),
                loss.department(), assignment, now, List.of(), CaseState.OPEN, null, null, null, 0);
        opened.newEvents.add(new ExitInterviewEvent.Opened(opened.id, now));
        return opened;
    }

    public static ExitInterview restore(String id, String lossEventId, String customerId, String customerName, String significance,
                                        LocalDate lostOn, Instant lossRecordedAt, LocalDate dueOn, String customerDepartment,
                                        Assignment assignment, Instant openedAt, List<Attempt> attempts, CaseState state,
                                        Questionnaire questionnaire, CompletionChannel completedBy, LocalDate closedOn, long version) {
        return new ExitInterview(id, lossEventId, customerId, customerName, significance, lostOn, lossRecordedAt, dueOn, customerDepartment, assignment,
                openedAt, attempts, state, questionnaire, completedBy, closedOn, version);
    }

    /**
     * Logs an attempt that did not end in the interview. A refusal closes the case as declined; the policy's number
     * of unanswered attempts closes it as unreachable.
     */
    public void logAttempt(OutreachChannel channel, LocalDate on, AttemptOutcome outcome, String by, LocalDate today,
                           CasePolicy policy, Instant now) {
        requireOpen();
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == AttemptOutcome.COMPLETED) {
            throw new RuleViolation("outcome", "attempt.completedNeedsQuestionnaire",
                    "An interview that took place is recorded with its questionnaire");
        }
        record(channel, on, outcome, by, today, now);
        if (outcome == AttemptOutcome.DECLINED) {
            close(CaseState.DECLINED, on);
            newEvents.add(new ExitInterviewEvent.Declined(id, attempts.size(), on, now));
        } else if (outcome == AttemptOutcome.NO_ANSWER && unanswered() >= policy.unansweredAttemptsToClose()) {
            close(CaseState.UNREACHABLE, on);
            newEvents.add(new ExitInterviewEvent.Closed(id, CaseState.UNREACHABLE, attempts.size(), on, now));
        }
    }

    /** The interview took place: its attempt goes into the log and the case closes with the answers. */
    public void completeByInterview(OutreachChannel channel, LocalDate on, Questionnaire answers, String by, LocalDate today, Instant now) {
        requireOpen();
        Objects.requireNonNull(answers, "answers");
        record(channel, on, AttemptOutcome.COMPLETED, by, today, now);
        complete(CompletionChannel.INTERVIEW, answers, on, now);
    }

    /** The former customer answered by themselves, through the link they were sent. */
    public void completeBySelfService(Questionnaire answers, LocalDate today, Instant now) {
        requireOpen();
        complete(CompletionChannel.SELF_SERVICE, Objects.requireNonNull(answers, "answers"), today, now);
    }

    /**
     * The customer bought again. An open case closes as regained; a closed one keeps its outcome (an interview that
     * happened stays a finding), so a redelivered or late {@code CustomerRegained} changes nothing.
     *
     * @return whether the case changed
     */
    public boolean regain(LocalDate on, Instant now) {
        if (!state.isOpen()) {
            return false;
        }
        close(CaseState.REGAINED, on);
        newEvents.add(new ExitInterviewEvent.Closed(id, CaseState.REGAINED, attempts.size(), on, now));
        return true;
    }

    /**
     * Loyalty withdrew a loss as recorded in error. When it is this case's loss — the same day, recorded before the
     * withdrawal — and the case is still open, the case closes as withdrawn: there was no loss to ask about. A case
     * that closed before keeps its outcome (an interview that happened, or a refusal, is still what the former
     * customer said; reporting leaves the withdrawn loss out of its figures by itself). A second delivery of the same
     * withdrawal finds the case closed, and one of an earlier loss of the same day does not close the case of a loss
     * recorded after it, so a redelivery changes nothing.
     *
     * @param lostOn      the day of the withdrawn loss
     * @param withdrawnAt when loyalty withdrew it
     * @param on          the company's day of the withdrawal
     * @return whether the case changed
     */
    public boolean withdraw(LocalDate lostOn, Instant withdrawnAt, LocalDate on, Instant now) {
        if (!state.isOpen() || !this.lostOn.equals(lostOn) || (lossRecordedAt != null && lossRecordedAt.isAfter(withdrawnAt))) {
            return false;
        }
        close(CaseState.WITHDRAWN, on);
        newEvents.add(new ExitInterviewEvent.Closed(id, CaseState.WITHDRAWN, attempts.size(), on, now));
        return true;
    }

    /** Open past its due date. */
    public boolean isOverdue(LocalDate today) {
        return state.isOpen() && today.isAfter(dueOn);
    }

    /** Whether anybody reached, or tried to reach, the former customer. */
    public boolean wasContacted() {
        return !attempts.isEmpty() || completedBy == CompletionChannel.SELF_SERVICE;
    }

    private Attempt record(OutreachChannel channel, LocalDate on, AttemptOutcome outcome, String by, LocalDate today, Instant now) {
        Objects.requireNonNull(channel, "channel");
        if (on == null) {
            throw new RuleViolation("on", "attempt.dateRequired", "Give the day of the attempt");
        }
        if (on.isBefore(lostOn)) {
            throw new RuleViolation("on", "attempt.beforeLoss", "The attempt cannot be before the loss ({0})", lostOn);
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("on", "attempt.inFuture", "The attempt cannot be in the future");
        }
        Attempt attempt = new Attempt(attempts.size() + 1, channel, on, outcome, by, now);
        attempts.add(attempt);
        newEvents.add(new ExitInterviewEvent.AttemptLogged(id, attempt, now));
        return attempt;
    }

    private void complete(CompletionChannel channel, Questionnaire answers, LocalDate on, Instant now) {
        questionnaire = answers;
        completedBy = channel;
        close(CaseState.COMPLETED, on);
        newEvents.add(new ExitInterviewEvent.Completed(id, channel, answers, on, now));
    }

    private void close(CaseState outcome, LocalDate on) {
        state = outcome;
        closedOn = on;
    }

    private long unanswered() {
        return attempts.stream().filter(attempt -> attempt.outcome() == AttemptOutcome.NO_ANSWER).count();
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw new CaseClosed(id, state);
        }
    }

    public String id() { return id; }
    public String lossEventId() { return lossEventId; }
    public String customerId() { return customerId; }
    public String customerName() { return customerName; }
    public String significance() { return significance; }
    public LocalDate lostOn() { return lostOn; }
    public Instant lossRecordedAt() { return lossRecordedAt; }
    public LocalDate dueOn() { return dueOn; }
    public String customerDepartment() { return customerDepartment; }
    public Assignment assignment() { return assignment; }
    public Instant openedAt() { return openedAt; }
    public List<Attempt> attempts() { return List.copyOf(attempts); }
    public CaseState state() { return state; }
    public Questionnaire questionnaire() { return questionnaire; }
    public CompletionChannel completedBy() { return completedBy; }
    public LocalDate closedOn() { return closedOn; }
    public long version() { return version; }
    public boolean isNew() { return version == 0; }
    public List<ExitInterviewEvent> newEvents() { return List.copyOf(newEvents); }
}
