package org.atelier.identity.secondfactor.application;

import java.time.Clock;
import java.util.Optional;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.SecondFactors;
import org.atelier.identity.user.Username;

/**
 * The second step of a sign-in: the person, who has just given their password, types a code from their app or
 * one of their recovery codes. A code taken is spent (its time step, or the recovery code); a wrong one changes
 * nothing. Guessing is slowed down by the caller, as passwords are.
 */
public class CheckingSecondFactor {

    private final SecondFactors factors;
    private final Clock clock;

    public CheckingSecondFactor(SecondFactors factors, Clock clock) {
        this.factors = factors;
        this.clock = clock;
    }

    /** @return how the code was taken; {@link SecondFactor.Check#REFUSED} also for a person without a factor */
    public SecondFactor.Check check(Username person, String typed) {
        Optional<SecondFactor> found = factors.find(person);
        if (found.isEmpty()) {
            return SecondFactor.Check.REFUSED;
        }
        SecondFactor factor = found.get();
        SecondFactor.Check check = factor.check(typed, clock.instant());
        if (check != SecondFactor.Check.REFUSED) {
            // Under the version check: of two requests racing with one code, one fails here.
            factors.save(factor);
        }
        return check;
    }

    public boolean isEnrolled(Username person) {
        return factors.find(person).isPresent();
    }

    /** How many unused recovery codes the person has; 0 without a factor. */
    public int recoveryCodesLeft(Username person) {
        return factors.find(person).map(SecondFactor::recoveryCodesLeft).orElse(0);
    }

    static RuleViolation wrongCode() {
        return new RuleViolation("code", "secondFactor.codeWrong", "This code is wrong, or was used already");
    }
}
