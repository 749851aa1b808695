package org.atelier.identity.user;

/** Someone else changed the user since it was loaded; the change was not applied. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(Username username) {
        super("User " + username + " was changed by someone else; reload and try again");
    }
}
