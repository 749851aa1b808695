package org.atelier.identity.user;

/** No user has this username. */
public class UserNotFound extends RuntimeException {

    public UserNotFound(Username username) {
        super("No user " + username);
    }
}
