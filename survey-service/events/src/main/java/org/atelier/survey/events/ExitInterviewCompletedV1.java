package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The former customer answered the exit questionnaire; the case is closed. Payload of
 * {@code org.atelier.survey.ExitInterviewCompleted.v1}.
 *
 * @param channel       {@code INTERVIEW} or {@code SELF_SERVICE}
 * @param reasons       the customer's reasons, from the loss taxonomy's codes: at least one, exactly one primary
 * @param wouldHaveKept what would have kept the customer, as they said it; may be null
 * @param wouldReturn   {@code YES}, {@code MAYBE} or {@code NO}
 */
public record ExitInterviewCompletedV1(String caseId, String customerId, LocalDate lostOn, String channel, List<Reason> reasons,
                                       String wouldHaveKept, String wouldReturn, LocalDate completedOn, Instant completedAt) {

    /**
     * @param code               one of the loss reason taxonomy's codes, e.g. {@code STAFF_ATTITUDE}
     * @param departmentsAtFault department codes; not empty exactly when the code is {@code STAFF_ATTITUDE}
     */
    public record Reason(String code, boolean primary, List<String> departmentsAtFault) {
    }
}
