package org.atelier.loyalty.common.web;

import java.util.List;
import org.atelier.loyalty.common.RuleViolation;

/** Everything wrong with a form, found before the domain is asked, so the page shows every reason at once. */
public class FormRefusal extends RuntimeException {

    private final List<RuleViolation> violations;

    public FormRefusal(List<RuleViolation> violations) {
        super(violations.get(0).getMessage());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
