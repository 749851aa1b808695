package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

/** What the parts of a customer do with a policy's rejection: refuse the change, so nothing of it happens. */
final class Policy {

    private Policy() {
    }

    /** For {@code policy.check(...).ifPresent(Policy::refuse)}. */
    static void refuse(RuleViolation rejection) {
        throw rejection;
    }
}
