package org.atelier.identity.secondfactor.web;

import java.time.Instant;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.application.RemovingSecondFactor;
import org.atelier.identity.user.Username;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Tells the user pages of the admin whether the person shown has a second factor, and since when. */
@ControllerAdvice(basePackages = "org.atelier.identity.user.web")
class SecondFactorOnTheAdminPages {

    private final RemovingSecondFactor factors;

    SecondFactorOnTheAdminPages(RemovingSecondFactor factors) {
        this.factors = factors;
    }

    /** Null on the pages that show nobody in particular, and for a username that cannot be one. */
    @ModelAttribute("secondFactorSince")
    Instant secondFactorSince(@PathVariable(name = "username", required = false) String username) {
        if (username == null) {
            return null;
        }
        try {
            return factors.enrolledAt(Username.of(username)).orElse(null);
        } catch (RuleViolation notAUsername) {
            return null;
        }
    }
}
