package org.atelier.identity.user.application;

import java.time.Clock;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.RandomPasswords;
import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/** Gives a user who forgot their password a new, temporary one, which only the admin sees, once. */
public class ResettingPassword {

    private final Users users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ResettingPassword(Users users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @return the temporary password in clear text; it is not stored anywhere */
    public String reset(Username username) {
        User user = users.find(username).orElseThrow(() -> new UserNotFound(username));
        String temporary = RandomPasswords.generate();
        user.resetPassword(hasher.hash(temporary), clock.instant());
        users.save(user);
        return temporary;
    }
}
