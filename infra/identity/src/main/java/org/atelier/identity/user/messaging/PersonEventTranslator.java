package org.atelier.identity.user.messaging;

import java.time.Instant;
import java.util.List;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.identity.events.PersonAssignmentChangedV1;
import org.atelier.identity.events.PersonDeactivatedV1;
import org.atelier.identity.events.PersonJoinedV1;
import org.atelier.identity.events.PersonReactivatedV1;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a change of a person into the published contract, carrying the person's whole state as the directory shows
 * it, ready for the outbox: name, department, level, roles, whether active. Nothing else of the account (e-mail,
 * password, its hash or when it was set) ever goes into an event.
 */
public class PersonEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public PersonEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(User user, User.Change change, Instant now) {
        String username = user.username().value();
        String department = user.department().value();
        String level = user.level().name();
        List<String> roles = user.roles().stream().map(Role::name).toList();
        boolean active = user.isActive();
        String displayName = user.displayName();
        Object payload;
        EventType type;
        switch (change) {
            case JOINED -> {
                type = IdentityEvents.PERSON_JOINED_V1;
                payload = new PersonJoinedV1(username, displayName, department, level, roles, active, now);
            }
            case ASSIGNMENT_CHANGED -> {
                type = IdentityEvents.PERSON_ASSIGNMENT_CHANGED_V1;
                payload = new PersonAssignmentChangedV1(username, displayName, department, level, roles, active, now);
            }
            case DEACTIVATED -> {
                type = IdentityEvents.PERSON_DEACTIVATED_V1;
                payload = new PersonDeactivatedV1(username, displayName, department, level, roles, active, now);
            }
            case REACTIVATED -> {
                type = IdentityEvents.PERSON_REACTIVATED_V1;
                payload = new PersonReactivatedV1(username, displayName, department, level, roles, active, now);
            }
            default -> throw new IllegalArgumentException("No event for " + change);
        }
        EventMetadata metadata = EventMetadata.newEvent(type, IdentityEvents.personKey(username), now);
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }
}
