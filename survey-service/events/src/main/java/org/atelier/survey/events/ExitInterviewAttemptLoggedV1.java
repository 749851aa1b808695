package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An attempt to reach the former customer was logged. Payload of {@code org.atelier.survey.ExitInterviewAttemptLogged.v1}.
 *
 * @param attempt the attempt's number in the case, from 1
 * @param channel {@code PHONE}, {@code EMAIL}, {@code MEETING} or {@code LETTER}
 * @param outcome {@code NO_ANSWER}, {@code DECLINED}, {@code SCHEDULED} or {@code COMPLETED}
 */
public record ExitInterviewAttemptLoggedV1(String caseId, String customerId, LocalDate lostOn, int attempt, String channel,
                                           LocalDate attemptedOn, String outcome, Instant loggedAt) {
}
