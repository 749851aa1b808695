package org.atelier.identity.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.atelier.identity.department.DepartmentCode;

/** Users kept in a map, versioned like the MongoDB adapter, copied in and out like a database would. */
public class InMemoryUsers implements Users {

    private final Map<String, User> byUsername = new TreeMap<>();

    @Override
    public Optional<User> find(Username username) {
        return Optional.ofNullable(byUsername.get(username.value())).map(InMemoryUsers::copy);
    }

    @Override
    public List<User> search(String text, Optional<DepartmentCode> department, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        return byUsername.values().stream()
                .filter(user -> user.username().value().contains(needle) || user.displayName().toLowerCase(Locale.ROOT).contains(needle))
                .filter(user -> department.map(user.department()::equals).orElse(true))
                .limit(limit)
                .map(InMemoryUsers::copy)
                .toList();
    }

    @Override
    public boolean isEmpty() {
        return byUsername.isEmpty();
    }

    @Override
    public List<Username> usernames() {
        return byUsername.values().stream().map(User::username).toList();
    }

    @Override
    public long countActiveIn(DepartmentCode department) {
        return byUsername.values().stream().filter(User::isActive).filter(user -> user.department().equals(department)).count();
    }

    @Override
    public long countActiveWithRole(Role role) {
        return byUsername.values().stream().filter(User::isActive).filter(user -> user.hasRole(role)).count();
    }

    @Override
    public void save(User user) {
        User stored = byUsername.get(user.username().value());
        if (user.isNew() && stored != null) {
            throw new UsernameTaken(user.username());
        }
        if (!user.isNew() && (stored == null || stored.version() != user.version())) {
            throw new ConcurrentChange(user.username());
        }
        byUsername.put(user.username().value(), copy(user, user.version() + 1));
    }

    private static User copy(User user) {
        return copy(user, user.version());
    }

    private static User copy(User user, long version) {
        return User.restore(user.username(), user.displayName(), user.email().orElse(null), user.department(), user.level(),
                user.roles(), user.isActive(), user.passwordHash(), user.passwordChangedAt(), user.hasTemporaryPassword(), version);
    }
}
