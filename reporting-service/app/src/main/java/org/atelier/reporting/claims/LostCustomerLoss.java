package org.atelier.reporting.claims;

import java.time.LocalDate;
import java.util.Objects;

/** A counted loss of a customer (not withdrawn), as the claims report needs it to link it to the claims about that customer. */
public record LostCustomerLoss(String customerId, String customerName, LocalDate lostOn) {

    public LostCustomerLoss {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(lostOn, "lostOn");
    }
}
