package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;

/** The former customer declined the interview; the case is closed. Payload of {@code org.atelier.survey.ExitInterviewDeclined.v1}. */
public record ExitInterviewDeclinedV1(String caseId, String customerId, LocalDate lostOn, int attempts, LocalDate declinedOn,
                                      Instant declinedAt) {
}
