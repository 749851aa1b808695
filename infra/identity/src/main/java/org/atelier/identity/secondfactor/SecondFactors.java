package org.atelier.identity.secondfactor;

import java.util.Optional;
import org.atelier.identity.user.Username;

/** Where people's second factors are kept, one per person at most. */
public interface SecondFactors {

    Optional<SecondFactor> find(Username username);

    /**
     * Inserts a new factor, or updates a stored one if nobody changed it since it was loaded: two sign-ins racing
     * with one code, or one recovery code, cannot both succeed.
     *
     * @throws org.atelier.identity.user.ConcurrentChange when it was changed, or another was enrolled, meanwhile
     */
    void save(SecondFactor factor);

    void delete(Username username);
}
