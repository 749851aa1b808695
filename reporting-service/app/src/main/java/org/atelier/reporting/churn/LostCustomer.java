package org.atelier.reporting.churn;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One loss of a customer, as the churn read model keeps it: one fact per {@code CustomerLost} event.
 *
 * @param departmentsAtFault the departments named by the loss's staff-attitude reason, if it has one
 */
public record LostCustomer(String eventId, String customerId, String customerName, boolean key, String competitor,
                           LocalDate lostOn, String primaryReason, List<String> reasons, List<String> departmentsAtFault) {

    public LostCustomer {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(lostOn, "lostOn");
        Objects.requireNonNull(primaryReason, "primaryReason");
        reasons = List.copyOf(reasons);
        departmentsAtFault = List.copyOf(departmentsAtFault);
    }

    public int year() {
        return lostOn.getYear();
    }
}
