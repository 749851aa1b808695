package org.atelier.identity.secondfactor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.Username;

/** Second factors in memory, with the store's version check; hands out copies, as the real store does. */
public class InMemorySecondFactors implements SecondFactors {

    private final Map<Username, SecondFactor> stored = new HashMap<>();

    @Override
    public Optional<SecondFactor> find(Username username) {
        return Optional.ofNullable(stored.get(username)).map(InMemorySecondFactors::copy);
    }

    @Override
    public void save(SecondFactor factor) {
        SecondFactor current = stored.get(factor.username());
        if (factor.isNew() ? current != null : current == null || current.version() != factor.version()) {
            throw new ConcurrentChange(factor.username());
        }
        stored.put(factor.username(), SecondFactor.restore(factor.username(), factor.secret(), factor.enrolledAt(),
                factor.lastUsedStep(), factor.recoveryCodeHashes(), factor.version() + 1));
    }

    @Override
    public void delete(Username username) {
        stored.remove(username);
    }

    private static SecondFactor copy(SecondFactor factor) {
        return SecondFactor.restore(factor.username(), factor.secret(), factor.enrolledAt(), factor.lastUsedStep(),
                factor.recoveryCodeHashes(), factor.version());
    }
}
