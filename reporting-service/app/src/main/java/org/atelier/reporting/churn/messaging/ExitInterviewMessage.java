package org.atelier.reporting.churn.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of survey-service's exit-interview events ({@code ExitInterviewOpened}, {@code …AttemptLogged},
 * {@code …Completed}, {@code …Declined}, {@code …Closed}, all v1) this service reads: they share the case, the
 * customer and the loss date; a completion adds its channel and reasons, a closing its outcome. Unknown fields are
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ExitInterviewMessage(String caseId, String customerId, LocalDate lostOn, String channel, String outcome, List<Reason> reasons) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String code, boolean primary, List<String> departmentsAtFault) {
    }
}
