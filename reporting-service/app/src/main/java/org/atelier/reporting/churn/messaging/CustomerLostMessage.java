package org.atelier.reporting.churn.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The part of loyalty-service's {@code CustomerLost v1} this service reads. Reporting keeps its own copy of
 * the contract instead of the producer's classes, and ignores fields it does not know, so the producer can
 * add optional fields without breaking it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CustomerLostMessage(String customerId, String customerName, String significance, String competitor,
                           LocalDate lostOn, List<Reason> reasons, Instant recordedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reason(String code, boolean primary, List<String> departmentsAtFault) {
    }
}
