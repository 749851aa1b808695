package org.atelier.identity.user.application;

import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/** Lets a deactivated user sign in again, with the password they had. */
public class ReactivatingUser {

    private final Users users;

    public ReactivatingUser(Users users) {
        this.users = users;
    }

    /** @return the user as now stored */
    public User reactivate(Username username) {
        User user = users.find(username).orElseThrow(() -> new UserNotFound(username));
        user.reactivate();
        users.save(user);
        return user;
    }
}
