package org.atelier.identity.user.application;

import java.util.Set;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.Departments;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.LastActiveAdmin;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/** Moves a user to another department, level or set of roles; their next token carries the change. */
public class ChangingUserAssignment {

    /** @param version the version the admin saw, so that two admins cannot silently overwrite each other */
    public record Command(String username, String department, ManagementLevel level, Set<Role> roles, long version) {
    }

    private final Users users;
    private final Departments departments;
    private final LastActiveAdmin lastActiveAdmin;

    public ChangingUserAssignment(Users users, Departments departments) {
        this.users = users;
        this.departments = departments;
        this.lastActiveAdmin = new LastActiveAdmin(users);
    }

    /**
     * @param actor the admin doing it, who cannot take the role {@code ADMIN} from themself: were they the only
     *              admin, nobody could manage users any more; {@code null} for a machine client. Nobody takes the
     *              role from the last active admin
     */
    public User change(Username actor, Command command) {
        Username username = Username.of(command.username());
        User user = users.find(username).orElseThrow(() -> new UserNotFound(username));
        if (user.version() != command.version()) {
            throw new ConcurrentChange(username);
        }
        if (username.equals(actor) && user.hasRole(Role.ADMIN) && (command.roles() == null || !command.roles().contains(Role.ADMIN))) {
            throw new RuleViolation("roles", "user.removeOwnAdmin", "You cannot remove the ADMIN role from yourself");
        }
        lastActiveAdmin.requireAnotherBeforeReassigning(user, command.roles());
        // Someone may stay in a department that was deactivated since; only a move needs an active one.
        DepartmentCode department = DepartmentCode.parse(command.department()).equals(user.department())
                ? user.department()
                : AssignableDepartment.require(departments, command.department());
        user.assign(department, command.level(), command.roles());
        users.save(user);
        return user;
    }
}
