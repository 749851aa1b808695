package org.atelier.identity.user.application;

import java.util.List;
import java.util.Optional;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.user.User;
import org.atelier.identity.user.UserNotFound;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/** Looks users up for the admin pages and for tokens. */
public class FindingUsers {

    /** Enough for a page a person reads; a narrower search finds the rest. */
    public static final int MAX_RESULTS = 200;

    private final Users users;

    public FindingUsers(Users users) {
        this.users = users;
    }

    public User get(Username username) {
        return users.find(username).orElseThrow(() -> new UserNotFound(username));
    }

    public Optional<User> find(Username username) {
        return users.find(username);
    }

    /**
     * @param text       part of a username or name; blank for everyone
     * @param department a department code; blank for every department
     */
    public List<User> search(String text, String department) {
        Optional<DepartmentCode> code = department == null || department.isBlank()
                ? Optional.empty()
                : Optional.of(DepartmentCode.parse(department));
        return users.search(text == null ? "" : text.strip(), code, MAX_RESULTS);
    }
}
