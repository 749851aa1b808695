package org.atelier.identity.directory.application;

import java.util.Optional;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentChangedMeanwhile;
import org.atelier.identity.department.Departments;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.Users;

/**
 * Publishes, once, the departments and people stored before the provider published its directory: each is
 * announced with its current state ({@code DepartmentCreated}, {@code PersonJoined}), in the same write as a new
 * version of it, so a consumer reading the directory from the start finds everyone. Every later change publishes
 * its own event; the {@link Marker} says that this was done, so it is done once.
 */
public class PublishingTheDirectory {

    /** Whether the existing directory was published already; kept by the database. */
    public interface Marker {

        boolean isSet();

        /** @param departments how many departments were announced, @param people how many people */
        void set(int departments, int people);
    }

    /** What the publication did; empty when it had been done before. */
    public record Published(int departments, int people) {
    }

    /** How often one entity is tried when it keeps being changed under the publication; then the start fails, to be retried. */
    private static final int ATTEMPTS = 5;

    private final Departments departments;
    private final Users users;
    private final Marker marker;

    public PublishingTheDirectory(Departments departments, Users users, Marker marker) {
        this.departments = departments;
        this.users = users;
        this.marker = marker;
    }

    public Optional<Published> publishExistingOnce() {
        if (marker.isSet()) {
            return Optional.empty();
        }
        int announcedDepartments = 0;
        for (Department listed : departments.list()) {
            if (announce(listed)) {
                announcedDepartments++;
            }
        }
        int announcedPeople = 0;
        for (Username username : users.usernames()) {
            if (announce(username)) {
                announcedPeople++;
            }
        }
        marker.set(announcedDepartments, announcedPeople);
        return Optional.of(new Published(announcedDepartments, announcedPeople));
    }

    /** Changed meanwhile (an admin, a password, another instance starting): announced as it is after that change. */
    private boolean announce(Department listed) {
        Department department = listed;
        for (int attempt = 1; ; attempt++) {
            department.announce();
            try {
                departments.update(department);
                return true;
            } catch (DepartmentChangedMeanwhile changed) {
                Optional<Department> reloaded = departments.find(department.code());
                if (reloaded.isEmpty() || attempt == ATTEMPTS) {
                    throw changed;
                }
                department = reloaded.get();
            }
        }
    }

    private boolean announce(Username username) {
        for (int attempt = 1; ; attempt++) {
            Optional<User> found = users.find(username);
            if (found.isEmpty()) {
                return false;
            }
            User user = found.get();
            user.announce();
            try {
                users.save(user);
                return true;
            } catch (ConcurrentChange changed) {
                if (attempt == ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }
}
