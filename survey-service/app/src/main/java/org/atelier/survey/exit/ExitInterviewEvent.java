package org.atelier.survey.exit;

import java.time.Instant;
import java.time.LocalDate;

/** What happened to a case, in the domain's terms; the messaging layer turns these into the published contract. */
public sealed interface ExitInterviewEvent {

    String caseId();

    Instant occurredAt();

    record Opened(String caseId, Instant occurredAt) implements ExitInterviewEvent {
    }

    record AttemptLogged(String caseId, Attempt attempt, Instant occurredAt) implements ExitInterviewEvent {
    }

    record Completed(String caseId, CompletionChannel channel, Questionnaire questionnaire, LocalDate on, Instant occurredAt)
            implements ExitInterviewEvent {
    }

    record Declined(String caseId, int attempts, LocalDate on, Instant occurredAt) implements ExitInterviewEvent {
    }

    /** Closed as {@link CaseState#UNREACHABLE}, {@link CaseState#REGAINED} or {@link CaseState#WITHDRAWN}. */
    record Closed(String caseId, CaseState outcome, int attempts, LocalDate on, Instant occurredAt) implements ExitInterviewEvent {
    }
}
