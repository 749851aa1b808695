package org.atelier.reporting.churn;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One thing that happened to an exit-interview case, as survey-service published it: one fact per event. The case's
 * state is worked out from its facts when a report is asked for, so the order they arrive in and redeliveries do not
 * matter.
 *
 * @param channel            how a completed interview was answered ({@code INTERVIEW}, {@code SELF_SERVICE}); else null
 * @param primaryReason      a completed interview's primary reason; else null
 * @param reasons            a completed interview's reasons; else empty
 * @param departmentsAtFault the departments a completed interview named at fault, each once; else empty
 */
public record InterviewFact(String eventId, String caseId, Kind kind, String customerId, LocalDate lostOn, String channel,
                            String primaryReason, List<String> reasons, List<String> departmentsAtFault) {

    /** {@code WITHDRAWN}: survey closed the case because loyalty withdrew its loss as recorded in error. */
    public enum Kind { OPENED, ATTEMPT, COMPLETED, DECLINED, UNREACHABLE, REGAINED, WITHDRAWN }

    public InterviewFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(lostOn, "lostOn");
        reasons = List.copyOf(reasons);
        departmentsAtFault = List.copyOf(departmentsAtFault);
    }

    public static InterviewFact of(String eventId, String caseId, Kind kind, String customerId, LocalDate lostOn) {
        return new InterviewFact(eventId, caseId, kind, customerId, lostOn, null, null, List.of(), List.of());
    }
}
