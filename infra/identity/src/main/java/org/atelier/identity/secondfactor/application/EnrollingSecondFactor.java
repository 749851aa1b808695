package org.atelier.identity.secondfactor.application;

import java.time.Clock;
import java.util.List;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.RecoveryCodes;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.SecondFactors;
import org.atelier.identity.user.Username;

/**
 * A person adds an authenticator app to their own account: the app is given a new secret, and the factor takes
 * effect only when the person types a code the app computed from it. The person gets their recovery codes then,
 * once. Only the signed-in person enrols, for themself: the caller passes the session's person.
 */
public class EnrollingSecondFactor {

    private final SecondFactors factors;
    private final Clock clock;

    public EnrollingSecondFactor(SecondFactors factors, Clock clock) {
        this.factors = factors;
        this.clock = clock;
    }

    /** A secret to show the person; nothing is stored until {@link #confirm}. */
    public byte[] newSecret() {
        return SecondFactor.newSecret();
    }

    /**
     * @return the recovery codes, to show once
     * @throws RuleViolation when the person has a factor already, or the code is not the secret's
     */
    public List<String> confirm(Username person, byte[] secret, String code) {
        if (factors.find(person).isPresent()) {
            throw new RuleViolation("code", "secondFactor.alreadyEnrolled", "You have a second factor already");
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        SecondFactor factor = SecondFactor.confirm(person, secret, code, clock.instant(), recoveryCodes)
                .orElseThrow(CheckingSecondFactor::wrongCode);
        factors.save(factor);
        return recoveryCodes;
    }
}
