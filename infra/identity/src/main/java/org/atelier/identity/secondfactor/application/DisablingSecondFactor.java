package org.atelier.identity.secondfactor.application;

import org.atelier.identity.RuleViolation;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.SecondFactors;
import org.atelier.identity.user.Username;

/**
 * A person removes their authenticator (a new phone, a lost one): only with a current code or a recovery code,
 * so that someone at their signed-in, unattended computer cannot. Someone whose role requires a factor is asked
 * to enrol a new one at their next request.
 */
public class DisablingSecondFactor {

    private final SecondFactors factors;
    private final CheckingSecondFactor checking;

    public DisablingSecondFactor(SecondFactors factors, CheckingSecondFactor checking) {
        this.factors = factors;
        this.checking = checking;
    }

    /** @throws RuleViolation when the code is wrong, or the person has no factor */
    public void disable(Username person, String code) {
        if (checking.check(person, code) == SecondFactor.Check.REFUSED) {
            throw CheckingSecondFactor.wrongCode();
        }
        factors.delete(person);
    }
}
