package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case closed without an interview. Payload of {@code org.atelier.survey.ExitInterviewClosed.v1}.
 *
 * @param outcome  {@code UNREACHABLE} (the configured number of attempts went unanswered) or {@code REGAINED}
 *                 (the customer bought again while the case was open)
 * @param attempts how many attempts had been logged
 */
public record ExitInterviewClosedV1(String caseId, String customerId, LocalDate lostOn, String outcome, int attempts, LocalDate closedOn,
                                    Instant closedAt) {
}
