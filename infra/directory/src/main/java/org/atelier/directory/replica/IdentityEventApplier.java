package org.atelier.directory.replica;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.ManagementLevel;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.events.DepartmentStateV1;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.identity.events.PersonStateV1;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one identity event into a write on the replica: the payload (which carries the entity's full current state)
 * becomes a {@link DirectoryDepartment} or a {@link DirectoryPerson}, stored if it is newer than what the replica
 * holds. Types this version does not know (a new event, a new version) are skipped and reported to
 * {@code skipped}; they are never fatal, since the producer may publish them before every consumer knows them.
 */
public final class IdentityEventApplier {

    /** What applying one event did. */
    public enum Result {
        APPLIED, STALE, SKIPPED
    }

    private final ReplicaStore store;
    private final Consumer<EventType> skipped;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public IdentityEventApplier(ReplicaStore store, Consumer<EventType> skipped) {
        this.store = Objects.requireNonNull(store, "store");
        this.skipped = Objects.requireNonNull(skipped, "skipped");
    }

    /**
     * @param subject   the event's {@code ce_subject} (= its Kafka key)
     * @param partition where it was read
     * @param offset    its offset there
     * @throws UnreadableIdentityEvent when the type is known but the payload cannot be read
     */
    public Result apply(EventType type, String subject, byte[] payload, int partition, long offset) {
        if (IdentityEvents.DEPARTMENT_EVENTS.contains(type)) {
            DepartmentPayload state = read(type, payload, DepartmentPayload.class);
            DirectoryDepartment department = department(type, state);
            requireKey(type, subject, IdentityEvents.departmentKey(department.code()));
            return result(store.put(department, new SourcePosition(partition, offset, state.changedAt())));
        }
        if (IdentityEvents.PERSON_EVENTS.contains(type)) {
            PersonPayload state = read(type, payload, PersonPayload.class);
            DirectoryPerson person = person(type, state);
            requireKey(type, subject, IdentityEvents.personKey(person.username()));
            return result(store.put(person, new SourcePosition(partition, offset, state.changedAt())));
        }
        skipped.accept(type);
        return Result.SKIPPED;
    }

    /** A department event's payload as the port's record. */
    public static DirectoryDepartment department(EventType type, DepartmentStateV1 state) {
        try {
            Objects.requireNonNull(state.changedAt(), "changedAt");
            return new DirectoryDepartment(state.code(), state.nameEn(), state.nameRu(), state.inForce());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new UnreadableIdentityEvent(type + " lacks a field the directory needs: " + e.getMessage(), e);
        }
    }

    /** A person event's payload as the port's record; an unknown level is unreadable, unknown roles are kept as given. */
    public static DirectoryPerson person(EventType type, PersonStateV1 state) {
        try {
            Objects.requireNonNull(state.changedAt(), "changedAt");
            List<String> roles = Objects.requireNonNull(state.roles(), "roles");
            return new DirectoryPerson(state.username(), state.displayName(), state.department(),
                    ManagementLevel.valueOf(Objects.requireNonNull(state.level(), "level")), Set.copyOf(roles), state.active());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw new UnreadableIdentityEvent(type + " lacks a field the directory needs or has an unknown level: " + e.getMessage(), e);
        }
    }

    private <T> T read(EventType type, byte[] payload, Class<T> shape) {
        try {
            T value = json.readValue(payload, shape);
            if (value == null) {
                throw new UnreadableIdentityEvent(type + " has an empty payload", null);
            }
            return value;
        } catch (JacksonException e) {
            throw new UnreadableIdentityEvent(type + " is not valid JSON for its contract: " + e.getOriginalMessage(), e);
        }
    }

    private static void requireKey(EventType type, String subject, String expected) {
        if (!expected.equals(subject)) {
            throw new UnreadableIdentityEvent(type + " about '" + expected + "' arrived under the key '" + subject + "'", null);
        }
    }

    private static Result result(ReplicaStore.Outcome outcome) {
        return outcome == ReplicaStore.Outcome.APPLIED ? Result.APPLIED : Result.STALE;
    }

    /** Every department event's payload: the department's full state. */
    record DepartmentPayload(String code, String nameEn, String nameRu, boolean inForce, Instant changedAt) implements DepartmentStateV1 {
    }

    /** Every person event's payload: the person's full state. */
    record PersonPayload(String username, String displayName, String department, String level, List<String> roles, boolean active,
                         Instant changedAt) implements PersonStateV1 {
    }
}
