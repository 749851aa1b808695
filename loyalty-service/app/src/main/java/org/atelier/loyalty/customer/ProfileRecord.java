package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A customer's name and profile, with who changed which fields and when. */
final class ProfileRecord {

    private String name;
    private CustomerProfile profile;
    private final List<ProfileChange> changes;

    ProfileRecord(String name, CustomerProfile profile, List<ProfileChange> changes) {
        this.name = validName(name);
        this.profile = profile;
        this.changes = new ArrayList<>(changes);
    }

    /**
     * Takes the new name and profile if anything differs.
     *
     * @return the change recorded, or nothing when everything was already so
     */
    Optional<ProfileChange> update(String newName, CustomerProfile newProfile, String changedBy, LocalDate today, Instant now) {
        String validName = validName(newName);
        BusinessDatePolicy.cooperationSince(newProfile, today).ifPresent(Policy::refuse);
        List<String> changed = new ArrayList<>();
        if (!validName.equals(name)) {
            changed.add("name");
        }
        changed.addAll(profile.fieldsDifferentFrom(newProfile));
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        this.name = validName;
        this.profile = newProfile;
        ProfileChange change = new ProfileChange(changed, changedBy, now);
        changes.add(change);
        return Optional.of(change);
    }

    String name() {
        return name;
    }

    CustomerProfile profile() {
        return profile;
    }

    List<ProfileChange> changes() {
        return List.copyOf(changes);
    }

    static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "nameRequired", "A customer needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > Customer.MAX_NAME_LENGTH) {
            throw new RuleViolation("name", "tooLong", "At most {0} characters", Customer.MAX_NAME_LENGTH);
        }
        return stripped;
    }
}
