package org.atelier.identity.user;

import java.util.Set;
import org.atelier.identity.RuleViolation;

/**
 * The provider always keeps one active administrator: without one nobody could manage users or departments any
 * more, and only a database edit would bring one back. So the last active {@code ADMIN} can neither be deactivated
 * nor lose the role, whoever asks (another admin, a provisioning system).
 */
public final class LastActiveAdmin {

    private final Users users;

    public LastActiveAdmin(Users users) {
        this.users = users;
    }

    /** @throws RuleViolation when the user is the last active admin */
    public void requireAnotherBeforeDeactivating(User user) {
        if (isLastActiveAdmin(user)) {
            throw new RuleViolation("active", "user.lastAdmin.deactivate",
                    "{0} is the last active administrator and cannot be deactivated: make someone else an administrator first",
                    user.username().value());
        }
    }

    /** @throws RuleViolation when the user is the last active admin and the new roles leave out {@code ADMIN} */
    public void requireAnotherBeforeReassigning(User user, Set<Role> newRoles) {
        if (newRoles != null && !newRoles.contains(Role.ADMIN) && isLastActiveAdmin(user)) {
            throw new RuleViolation("roles", "user.lastAdmin.role",
                    "{0} is the last active administrator and keeps the role ADMIN: make someone else an administrator first",
                    user.username().value());
        }
    }

    private boolean isLastActiveAdmin(User user) {
        return user.isActive() && user.hasRole(Role.ADMIN) && users.countActiveWithRole(Role.ADMIN) <= 1;
    }
}
