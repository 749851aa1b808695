package org.atelier.identity.user;

import org.atelier.identity.RuleViolation;

/** Somebody, active or not, already signs in with this username. */
public class UsernameTaken extends RuleViolation {

    public UsernameTaken(Username username) {
        super("username", "username.taken", "The username {0} is taken", username.value());
    }
}
