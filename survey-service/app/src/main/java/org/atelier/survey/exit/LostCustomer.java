package org.atelier.survey.exit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A loss as loyalty published it, with what the replica knows of the customer.
 *
 * @param lossEventId    the {@code ce_id} of the {@code CustomerLost} event
 * @param accountManager username of the customer's account manager, may be null
 * @param department     the department that manages the customer, may be null
 * @param recordedAt     when loyalty recorded the loss, may be null: a withdrawal recorded before it is not this loss's
 */
public record LostCustomer(String lossEventId, String customerId, String customerName, String significance, LocalDate lostOn,
                           String accountManager, String department, Instant recordedAt) {

    public LostCustomer(String lossEventId, String customerId, String customerName, String significance, LocalDate lostOn,
                        String accountManager, String department) {
        this(lossEventId, customerId, customerName, significance, lostOn, accountManager, department, null);
    }

    public LostCustomer {
        Objects.requireNonNull(lossEventId, "lossEventId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(lostOn, "lostOn");
    }
}
