package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A lost customer's exit-interview case was opened. Payload of {@code org.atelier.survey.ExitInterviewOpened.v1}.
 * Who works the case is not published: the reports count cases per year and outcome, never per person.
 *
 * @param caseId      derived from the {@code CustomerLost} event that opened it, so one loss has one case
 * @param significance the customer's significance when it was lost: {@code KEY} or {@code REGULAR}
 * @param lostOn      the day of the loss; its year is the exit round the case belongs to
 * @param dueOn       the day by which the interview should have happened
 * @param department  the department that manages the customer, may be null
 */
public record ExitInterviewOpenedV1(String caseId, String customerId, String customerName, String significance, LocalDate lostOn,
                                    LocalDate dueOn, String department, Instant openedAt) {
}
