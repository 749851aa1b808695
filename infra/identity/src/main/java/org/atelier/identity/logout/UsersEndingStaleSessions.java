package org.atelier.identity.logout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/**
 * The user store, ending a person's sessions at the UIs whenever a saved change makes them stale: deactivation,
 * another department, level or set of roles, a new password (set by the person or reset by an admin). The UIs
 * hold what the person could do at sign-in, so these changes would otherwise wait for their sessions to end.
 * Sitting at the store, it sees every such change, whichever use case makes it.
 *
 * <p>A new password also revokes every refresh token of the person: whoever knew the old password may hold one.
 * Other changes leave them, as the next token issued from one reads the person as they are now.
 */
public class UsersEndingStaleSessions implements Users {

    private final Users store;
    private final BackChannelLogout backChannelLogout;
    private final SessionTokens sessionTokens;

    public UsersEndingStaleSessions(Users store, BackChannelLogout backChannelLogout, SessionTokens sessionTokens) {
        this.store = store;
        this.backChannelLogout = backChannelLogout;
        this.sessionTokens = sessionTokens;
    }

    @Override
    public Optional<User> find(Username username) {
        return store.find(username);
    }

    @Override
    public List<User> search(String text, Optional<DepartmentCode> department, int limit) {
        return store.search(text, department, limit);
    }

    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public List<Username> usernames() {
        return store.usernames();
    }

    @Override
    public long countActiveIn(DepartmentCode department) {
        return store.countActiveIn(department);
    }

    @Override
    public long countActiveWithRole(Role role) {
        return store.countActiveWithRole(role);
    }

    @Override
    public void save(User user) {
        Optional<User> before = user.isNew() ? Optional.empty() : store.find(user.username());
        store.save(user);
        if (before.filter(previous -> !Objects.equals(previous.passwordChangedAt(), user.passwordChangedAt())).isPresent()) {
            sessionTokens.revokeAllOf(user.username().value());
        }
        if (before.filter(previous -> staleAfter(previous, user)).isPresent()) {
            backChannelLogout.endEverywhere(user.username().value());
        }
    }

    private static boolean staleAfter(User before, User after) {
        return before.isActive() && !after.isActive()
                || !before.department().equals(after.department())
                || before.level() != after.level()
                || !before.roles().equals(after.roles())
                // A new password is a change of when it was set: the hash alone also changes when sign-in upgrades its
                // hashing scheme, which must not sign the person out everywhere.
                || !Objects.equals(before.passwordChangedAt(), after.passwordChangedAt());
    }
}
