package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Whether a customer is key or regular, with who changed it, when and why. */
final class SignificanceRecord {

    private Significance current;
    private final List<SignificanceChange> history;

    SignificanceRecord(Significance current, List<SignificanceChange> history) {
        this.current = Objects.requireNonNull(current, "significance");
        this.history = new ArrayList<>(history);
    }

    /** @throws RuleViolation when the significance would not change */
    SignificanceChange change(Significance to, String changedBy, String reason, Instant now) {
        if (to == current) {
            throw new RuleViolation("significance", "significanceUnchanged", "The customer is already {0}", to);
        }
        SignificanceChange change = new SignificanceChange(current, to, changedBy, now, reason);
        history.add(change);
        current = to;
        return change;
    }

    Significance current() {
        return current;
    }

    List<SignificanceChange> history() {
        return List.copyOf(history);
    }
}
