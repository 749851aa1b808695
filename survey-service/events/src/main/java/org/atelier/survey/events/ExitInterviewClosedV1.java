package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case closed without an interview. Payload of {@code org.atelier.survey.ExitInterviewClosed.v1}.
 *
 * @param outcome  {@code UNREACHABLE} (the configured number of attempts went unanswered), {@code REGAINED}
 *                 (the customer bought again while the case was open) or {@code WITHDRAWN} (loyalty withdrew the loss
 *                 as recorded in error while the case was open: it counts in no funnel)
 * @param attempts how many attempts had been logged
 */
public record ExitInterviewClosedV1(String caseId, String customerId, LocalDate lostOn, String outcome, int attempts, LocalDate closedOn,
                                    Instant closedAt) {
}
