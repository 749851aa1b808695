package org.atelier.identity.user.application;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.Departments;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PasswordHasher;
import org.atelier.identity.user.PasswordPolicy;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.UsernameTaken;
import org.atelier.identity.user.Users;

/** Creates a user who can sign in at once with the given password. */
public class RegisteringUser {

    /**
     * @param temporaryPassword true when someone other than the user chose the password (an admin), so the user
     *                          is asked to change it
     */
    public record Command(String username, String displayName, String email, String department, ManagementLevel level,
                          Set<Role> roles, String password, boolean temporaryPassword) {
    }

    private final Users users;
    private final Departments departments;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RegisteringUser(Users users, Departments departments, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.departments = departments;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @throws org.atelier.identity.RuleViolation when a field breaks a rule or the username is taken */
    public User register(Command command) {
        Username username = Username.of(command.username());
        if (users.find(username).isPresent()) {
            throw new UsernameTaken(username);
        }
        DepartmentCode department = AssignableDepartment.require(departments, command.department());
        PasswordPolicy.check("password", command.password(), List.of(username.value(), nullToEmpty(command.displayName())));
        User user = User.register(username, command.displayName(), command.email(), department, command.level(),
                command.roles(), hasher.hash(command.password()), command.temporaryPassword(), clock.instant());
        users.save(user);
        return user;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
