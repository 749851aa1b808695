package org.atelier.loyalty.customer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Whether the company still works with the customer: active, or lost to a competitor until it buys again. */
final class Relationship {

    private CustomerStatus status;
    private Loss loss;

    Relationship(CustomerStatus status, Loss loss) {
        this.status = Objects.requireNonNull(status, "status");
        this.loss = loss;
    }

    /** @throws CustomerAlreadyLost when the customer is already lost */
    void lose(CustomerId id, Loss newLoss, LocalDate today) {
        if (isLost()) {
            throw new CustomerAlreadyLost(id, loss);
        }
        BusinessDatePolicy.lostOn(newLoss, today).ifPresent(Policy::refuse);
        status = CustomerStatus.LOST;
        loss = newLoss;
    }

    /**
     * A lost customer buying on or after the day it was lost is won back.
     *
     * @return whether this purchase won it back
     */
    boolean regainedBy(Purchase purchase) {
        if (isLost() && !purchase.date().isBefore(loss.lostOn())) {
            status = CustomerStatus.ACTIVE;
            return true;
        }
        return false;
    }

    boolean isLost() {
        return status == CustomerStatus.LOST;
    }

    CustomerStatus status() {
        return status;
    }

    /** The last loss; kept after the customer is regained, as the history of the relationship. */
    Optional<Loss> loss() {
        return Optional.ofNullable(loss);
    }
}
