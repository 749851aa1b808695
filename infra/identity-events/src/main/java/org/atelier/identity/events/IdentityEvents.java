package org.atelier.identity.events;

import java.util.List;
import org.atelier.events.envelope.EventType;

/**
 * What the identity provider publishes, and where: the company directory, departments and people.
 *
 * <p>Every event carries the entity's full current state, so a consumer needs only the latest event per key; the
 * topic is compacted ({@code cleanup.policy=compact}) and a consumer reading it from offset 0 gets the whole
 * directory.
 */
public final class IdentityEvents {

    /** Every directory event goes to this topic, keyed by {@link #departmentKey} or {@link #personKey}. */
    public static final String TOPIC = "atelier.identity.events";
    public static final String SERVICE = "identity";
    /** The {@code ce_source} of every event on {@link #TOPIC}. */
    public static final String SOURCE = "/atelier/" + SERVICE;

    /** Prefix of the Kafka key (and {@code ce_subject}) of a department's events. */
    public static final String DEPARTMENT_KEY_PREFIX = "department:";
    /** Prefix of the Kafka key (and {@code ce_subject}) of a person's events. */
    public static final String PERSON_KEY_PREFIX = "person:";

    public static final EventType DEPARTMENT_CREATED_V1 = new EventType(SERVICE, "DepartmentCreated", 1);
    public static final EventType DEPARTMENT_RENAMED_V1 = new EventType(SERVICE, "DepartmentRenamed", 1);
    public static final EventType DEPARTMENT_CLOSED_V1 = new EventType(SERVICE, "DepartmentClosed", 1);

    public static final EventType PERSON_JOINED_V1 = new EventType(SERVICE, "PersonJoined", 1);
    public static final EventType PERSON_ASSIGNMENT_CHANGED_V1 = new EventType(SERVICE, "PersonAssignmentChanged", 1);
    public static final EventType PERSON_DEACTIVATED_V1 = new EventType(SERVICE, "PersonDeactivated", 1);
    public static final EventType PERSON_REACTIVATED_V1 = new EventType(SERVICE, "PersonReactivated", 1);

    /** The department events; their payload is a {@link DepartmentStateV1}-shaped record. */
    public static final List<EventType> DEPARTMENT_EVENTS = List.of(DEPARTMENT_CREATED_V1, DEPARTMENT_RENAMED_V1, DEPARTMENT_CLOSED_V1);
    /** The person events; their payload is a {@link PersonStateV1}-shaped record. */
    public static final List<EventType> PERSON_EVENTS = List.of(PERSON_JOINED_V1, PERSON_ASSIGNMENT_CHANGED_V1, PERSON_DEACTIVATED_V1,
            PERSON_REACTIVATED_V1);

    public static final List<EventType> ALL = List.of(DEPARTMENT_CREATED_V1, DEPARTMENT_RENAMED_V1, DEPARTMENT_CLOSED_V1,
            PERSON_JOINED_V1, PERSON_ASSIGNMENT_CHANGED_V1, PERSON_DEACTIVATED_V1, PERSON_REACTIVATED_V1);

    private IdentityEvents() {
    }

    /** The Kafka key and {@code ce_subject} of a department's events, e.g. {@code department:logistics}. */
    public static String departmentKey(String code) {
        return DEPARTMENT_KEY_PREFIX + code;
    }

    /** The Kafka key and {@code ce_subject} of a person's events, e.g. {@code person:olga.sales}. */
    public static String personKey(String username) {
        return PERSON_KEY_PREFIX + username;
    }

    /** Classpath location of an event's JSON Schema, the source of truth for its payload. */
    public static String schemaResource(EventType type) {
        return "schemas/" + SERVICE + "/" + type.schemaFileName();
    }

    /** Classpath location of an event's golden sample message (key, headers and payload). */
    public static String sampleResource(EventType type) {
        return "samples/" + SERVICE + "/" + type.schemaFileName();
    }
}
