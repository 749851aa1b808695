package org.atelier.survey.exit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A loss as loyalty published it, with what the replica knows of the customer.
 *
 * @param lossEventId    the {@code ce_id} of the {@code CustomerLost} event
 * @param accountManager username of the customer's account manager, may be null
 * @param department     the department that manages the customer, may be null
 */
public record LostCustomer(String lossEventId, String customerId, String customerName, String significance, LocalDate lostOn,
                           String accountManager, String department) {

    public LostCustomer {
        Objects.requireNonNull(lossEventId, "lossEventId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(lostOn, "lostOn");
    }
}
