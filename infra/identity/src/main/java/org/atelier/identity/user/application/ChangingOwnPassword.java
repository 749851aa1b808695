package org.atelier.identity.user.application;

import java.time.Clock;
import java.util.List;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.PasswordPolicy;
import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/**
 * A signed-in user replaces their password. The current password is asked for again so that someone at an
 * unattended, signed-in computer cannot take the account over.
 */
public class ChangingOwnPassword {

    public record Command(String currentPassword, String newPassword, String repeatedPassword) {
    }

    private final Users users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ChangingOwnPassword(Users users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public void change(Username username, Command command) {
        User user = users.find(username).orElseThrow(() -> new UserNotFound(username));
        if (command.currentPassword() == null || !hasher.matches(command.currentPassword(), user.passwordHash())) {
            throw new RuleViolation("currentPassword", "password.currentWrong", "This is not your current password");
        }
        PasswordPolicy.check("newPassword", command.newPassword(), List.of(username.value(), user.displayName()));
        if (!command.newPassword().equals(command.repeatedPassword())) {
            throw new RuleViolation("repeatedPassword", "password.mismatch", "The two new passwords differ");
        }
        if (command.newPassword().equals(command.currentPassword())) {
            throw new RuleViolation("newPassword", "password.reused", "The new password must differ from the current one");
        }
        user.changePassword(hasher.hash(command.newPassword()), clock.instant());
        users.save(user);
    }
}
