package org.atelier.identity.user;

import java.util.List;
import java.util.Optional;
import org.atelier.identity.department.DepartmentCode;

/** Where users are kept. */
public interface Users {

    Optional<User> find(Username username);

    /**
     * Users whose username or name contains the text (ignoring case), optionally of one department, by username.
     *
     * @param text       blank for everyone
     * @param department empty for every department
     */
    List<User> search(String text, Optional<DepartmentCode> department, int limit);

    boolean isEmpty();

    /** Every username, active or not, in order. */
    List<Username> usernames();

    /** How many active people belong to the department. */
    long countActiveIn(DepartmentCode department);

    /** How many active people hold the role. */
    long countActiveWithRole(Role role);

    /**
     * Inserts a new user or updates a stored one if nobody changed it since it was loaded.
     *
     * @throws UsernameTaken    when a new user's username is taken
     * @throws ConcurrentChange when a stored user was changed in the meantime
     */
    void save(User user);
}
