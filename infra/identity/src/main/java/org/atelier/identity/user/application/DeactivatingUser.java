package org.atelier.identity.user.application;

import org.atelier.identity.user.LastActiveAdmin;
import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/** Stops a user from signing in and from getting new tokens; their records stay. The last active admin stays. */
public class DeactivatingUser {

    private final Users users;
    private final LastActiveAdmin lastActiveAdmin;

    public DeactivatingUser(Users users) {
        this.users = users;
        this.lastActiveAdmin = new LastActiveAdmin(users);
    }

    /**
     * @param actor the admin doing it, who cannot deactivate themself; {@code null} for a machine client
     * @return the user as now stored
     */
    public User deactivate(Username actor, Username username) {
        User user = users.find(username).orElseThrow(() -> new UserNotFound(username));
        if (!username.equals(actor)) {
            // Deactivating oneself is refused by the user, with its own reason.
            lastActiveAdmin.requireAnotherBeforeDeactivating(user);
        }
        user.deactivate(actor);
        users.save(user);
        return user;
    }
}
