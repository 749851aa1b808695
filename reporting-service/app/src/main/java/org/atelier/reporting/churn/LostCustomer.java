package org.atelier.reporting.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One loss of a customer, as the churn read model keeps it: one fact per {@code CustomerLost} event.
 *
 * @param significance       the customer's significance as the loss recorded it ({@code KEY}, {@code REGULAR})
 * @param departmentsAtFault the departments named by the loss's reasons, each once
 * @param recordedAt         when loyalty recorded the loss; a withdrawal made later cancels it
 */
public record LostCustomer(String eventId, String customerId, String customerName, String significance, String competitor,
                           LocalDate lostOn, String primaryReason, List<String> reasons, List<String> departmentsAtFault,
                           Instant recordedAt) {

    public LostCustomer {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(lostOn, "lostOn");
        Objects.requireNonNull(primaryReason, "primaryReason");
        Objects.requireNonNull(recordedAt, "recordedAt");
        reasons = List.copyOf(reasons);
        departmentsAtFault = List.copyOf(departmentsAtFault);
    }

    public boolean key() {
        return "KEY".equals(significance);
    }

    public int year() {
        return lostOn.getYear();
    }

    public int quarter() {
        return (lostOn.getMonthValue() - 1) / 3 + 1;
    }

    /** Whether this withdrawal cancels this loss: the same customer and date, withdrawn after it was recorded. */
    public boolean cancelledBy(WithdrawnLoss withdrawal) {
        return withdrawal.customerId().equals(customerId) && withdrawal.lostOn().equals(lostOn)
                && !withdrawal.withdrawnAt().isBefore(recordedAt);
    }
}
