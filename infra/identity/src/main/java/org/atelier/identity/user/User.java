package org.atelier.identity.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.DepartmentCode;

/**
 * A person who signs in to Atelier: their department, management level and roles end up in every token they
 * get. A user is deactivated rather than deleted, because their username stays in the records they left.
 *
 * <p>Every change the company directory publishes (not the password, which never leaves the provider) is recorded
 * as a {@link Change} until the user is saved, so that the directory learns of it in the same write.
 */
public final class User {

    public static final int MAX_DISPLAY_NAME_LENGTH = 100;

    /** What happened to a person, as the directory publishes it; the event carries the person's state after it. */
    public enum Change {
        /** Got an account; also a person who had one before the directory was published, announced once. */
        JOINED,
        /** Moved to another department, management level or set of roles. */
        ASSIGNMENT_CHANGED,
        DEACTIVATED,
        REACTIVATED
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_EMAIL_LENGTH = 254;

    private final Username username;
    private final String displayName;
    private final String email;
    private DepartmentCode department;
    private ManagementLevel level;
    private Set<Role> roles;
    private boolean active;
    private String passwordHash;
    private Instant passwordChangedAt;
    private boolean temporaryPassword;
    private final long version;
    private final List<Change> newChanges = new ArrayList<>();

    private User(Username username, String displayName, String email, DepartmentCode department, ManagementLevel level,
                 Set<Role> roles, boolean active, String passwordHash, Instant passwordChangedAt, boolean temporaryPassword,
                 long version) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = validDisplayName(displayName);
        this.email = validEmail(email);
        this.department = required("department", department);
        this.level = required("level", level);
        this.roles = validRoles(roles);
        this.active = active;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordChangedAt = Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        this.temporaryPassword = temporaryPassword;
        this.version = version;
    }

    /**
     * A new, active user.
     *
     * @param temporaryPassword whether the password was chosen by someone else and should be changed
     */
    public static User register(Username username, String displayName, String email, DepartmentCode department,
                                ManagementLevel level, Set<Role> roles, String passwordHash, boolean temporaryPassword,
                                Instant now) {
        User user = new User(username, displayName, email, department, level, roles, true, passwordHash, now, temporaryPassword, 0);
        user.newChanges.add(Change.JOINED);
        return user;
    }

    /** Rebuilds a stored user. */
    public static User restore(Username username, String displayName, String email, DepartmentCode department,
                               ManagementLevel level, Set<Role> roles, boolean active, String passwordHash,
                               Instant passwordChangedAt, boolean temporaryPassword, long version) {
        return new User(username, displayName, email, department, level, roles, active, passwordHash, passwordChangedAt,
                temporaryPassword, version);
    }

    /** Moves the user to another department, level or set of roles; the same assignment again changes nothing. */
    public void assign(DepartmentCode newDepartment, ManagementLevel newLevel, Set<Role> newRoles) {
        DepartmentCode nextDepartment = required("department", newDepartment);
        ManagementLevel nextLevel = required("level", newLevel);
        Set<Role> nextRoles = validRoles(newRoles);
        if (nextDepartment.equals(department) && nextLevel == level && nextRoles.equals(roles)) {
            return;
        }
        this.department = nextDepartment;
        this.level = nextLevel;
        this.roles = nextRoles;
        newChanges.add(Change.ASSIGNMENT_CHANGED);
    }

    /**
     * @param actor who deactivates, an admin who deactivated themself could lock everyone out; {@code null} for a
     *              machine client (a provisioning system), which is nobody's account
     * @throws RuleViolation when the actor is the user
     */
    public void deactivate(Username actor) {
        if (username.equals(actor)) {
            throw new RuleViolation("active", "user.deactivateSelf", "You cannot deactivate your own account");
        }
        if (active) {
            active = false;
            newChanges.add(Change.DEACTIVATED);
        }
    }

    /** Reactivating an active user changes nothing. */
    public void reactivate() {
        if (!active) {
            active = true;
            newChanges.add(Change.REACTIVATED);
        }
    }

    /**
     * Records the user as joined, with their current state, for one stored before the directory was published: a
     * reader of the directory then learns of them like of anyone else.
     */
    public void announce() {
        newChanges.add(Change.JOINED);
    }

    /** What the directory should learn since the user was loaded or registered, oldest first; saving publishes them. */
    public List<Change> newChanges() {
        return List.copyOf(newChanges);
    }

    /** A password the user chose themself. */
    public void changePassword(String newHash, Instant now) {
        setPassword(newHash, now, false);
    }

    /** A password someone else chose, which the user is asked to change. */
    public void resetPassword(String newHash, Instant now) {
        setPassword(newHash, now, true);
    }

    /**
     * The same password, hashed anew (a stronger algorithm or parameters): neither when it was chosen nor whether
     * it is temporary changes.
     */
    public void rehashPassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /**
     * A password someone else chose is good for a limited time only: past it, it no longer signs the user in and
     * an admin has to reset it again.
     */
    public boolean temporaryPasswordExpired(Instant now, Duration lifetime) {
        return temporaryPassword && !now.isBefore(passwordChangedAt.plus(lifetime));
    }

    /** Deactivated users can neither sign in nor get tokens. */
    public boolean canSignIn() {
        return active;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isNew() {
        return version == 0;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public DepartmentCode department() {
        return department;
    }

    public ManagementLevel level() {
        return level;
    }

    /** In the order of {@link Role}, so that pages list them the same way every time. */
    public Set<Role> roles() {
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean isActive() {
        return active;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean hasTemporaryPassword() {
        return temporaryPassword;
    }

    /** Optimistic-locking version of the stored state this user was loaded from; 0 for a new user. */
    public long version() {
        return version;
    }

    private void setPassword(String newHash, Instant now, boolean temporary) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = now;
        this.temporaryPassword = temporary;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "user." + field + ".required", "Choose a " + field);
        }
        return value;
    }

    private static Set<Role> validRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("roles", "user.roles.required", "A user needs at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    private static String validDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new RuleViolation("displayName", "user.displayName.required", "Enter the person's name");
        }
        String stripped = displayName.strip();
        if (stripped.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new RuleViolation("displayName", "user.displayName.length", "A name has at most {0} characters",
                    MAX_DISPLAY_NAME_LENGTH);
        }
        return stripped;
    }

    private static String validEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        if (stripped.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(stripped).matches()) {
            throw new RuleViolation("email", "user.email.format", "This does not look like an e-mail address");
        }
        return stripped;
    }
}
