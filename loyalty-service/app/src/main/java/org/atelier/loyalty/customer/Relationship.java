package org.atelier.loyalty.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.loyalty.common.RuleViolation;

/** Whether the company still works with the customer: active, or lost to a competitor until it buys again. */
final class Relationship {

    private CustomerStatus status;
    private Loss loss;
    private final List<WithdrawnLoss> withdrawn;

    Relationship(CustomerStatus status, Loss loss, List<WithdrawnLoss> withdrawn) {
        this.status = Objects.requireNonNull(status, "status");
        this.loss = loss;
        this.withdrawn = new ArrayList<>(withdrawn);
    }

    /**
     * Takes back the current loss, recorded by mistake: the customer is active again, as it was before (a customer
     * can only be lost while active), and the loss moves to the withdrawn ones.
     *
     * @throws RuleViolation when the customer is not lost: a loss it was won back from is history, not a mistake
     */
    WithdrawnLoss withdraw(String withdrawnBy, String reason, Instant now) {
        if (!isLost()) {
            throw new RuleViolation("loss", "noLossToWithdraw", "The customer is not lost; only the loss of a lost customer can be withdrawn");
        }
        WithdrawnLoss withdrawal = new WithdrawnLoss(loss, withdrawnBy, reason, now);
        withdrawn.add(withdrawal);
        loss = null;
        status = CustomerStatus.ACTIVE;
        return withdrawal;
    }

    /**
     * A reversed purchase may have been what won the customer back; if no purchase left does, it is lost again.
     *
     * @param stillBuying whether a purchase that stays is dated on or after the loss
     * @return whether the win-back was undone
     */
    boolean undoWinBackUnless(boolean stillBuying) {
        if (status == CustomerStatus.ACTIVE && loss != null && !stillBuying) {
            status = CustomerStatus.LOST;
            return true;
        }
        return false;
    }

    List<WithdrawnLoss> withdrawn() {
        return List.copyOf(withdrawn);
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
