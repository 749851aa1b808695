package org.atelier.identity.secondfactor.application;

import java.util.Optional;
import java.time.Instant;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.SecondFactors;
import org.atelier.identity.user.Username;

/**
 * An admin removes a person's second factor when the person has lost both their phone and their recovery
 * codes, after making sure, outside Atelier, that it is really them asking. The person then signs in with their
 * password and, if their role requires it, sets up a new factor at once. An admin cannot remove their own this
 * way: for that they need a code, on their account page, like everyone else. The admin pages are for admins
 * only; the caller passes the admin acting.
 */
public class RemovingSecondFactor {

    private final SecondFactors factors;

    public RemovingSecondFactor(SecondFactors factors) {
        this.factors = factors;
    }

    /** @return whether the person had a factor */
    public boolean remove(Username admin, Username person) {
        if (admin.equals(person)) {
            throw new RuleViolation("secondFactor", "secondFactor.removeOwn",
                    "Remove your own second factor on your account page, with a code");
        }
        boolean had = factors.find(person).isPresent();
        factors.delete(person);
        return had;
    }

    /** Since when the person has a factor, for the admin's page about them. */
    public Optional<Instant> enrolledAt(Username person) {
        return factors.find(person).map(SecondFactor::enrolledAt);
    }
}
