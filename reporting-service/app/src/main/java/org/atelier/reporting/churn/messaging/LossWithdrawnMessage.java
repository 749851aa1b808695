package org.atelier.reporting.churn.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** The part of loyalty-service's {@code LossWithdrawn v1} this service reads; unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record LossWithdrawnMessage(String customerId, LocalDate lostOn, Instant withdrawnAt) {
}
