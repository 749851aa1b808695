package org.atelier.identity.user.application;

import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/** Stops a user from signing in and from getting new tokens; their records stay. */
public class DeactivatingUser {

    private final Users users;

    public DeactivatingUser(Users users) {
        this.users = users;
    }

    /** @param actor the admin doing it, who cannot deactivate themself */
    public void deactivate(Username actor, Username username) {
        User user = users.find(username).orElseThrow(() -> new UserNotFound(username));
        user.deactivate(actor);
        users.save(user);
    }
}
