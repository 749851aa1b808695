package org.atelier.identity.department.messaging;

import java.time.Instant;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.department.Department;
import org.atelier.identity.events.DepartmentClosedV1;
import org.atelier.identity.events.DepartmentCreatedV1;
import org.atelier.identity.events.DepartmentRenamedV1;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.outbox.OutboxMessage;
import tools.jackson.databind.json.JsonMapper;

/** Turns a change of a department into the published contract, carrying the department's whole state, ready for the outbox. */
public class DepartmentEventTranslator {

    private final JsonMapper json;
    private final String topic;

    public DepartmentEventTranslator(JsonMapper json, String topic) {
        this.json = json;
        this.topic = topic;
    }

    public OutboxMessage toOutbox(Department department, Department.Change change, Instant now) {
        String code = department.code().value();
        boolean inForce = department.isActive();
        Object payload;
        EventType type;
        switch (change) {
            case CREATED -> {
                type = IdentityEvents.DEPARTMENT_CREATED_V1;
                payload = new DepartmentCreatedV1(code, department.nameEn(), department.nameRu(), inForce, now);
            }
            case RENAMED -> {
                type = IdentityEvents.DEPARTMENT_RENAMED_V1;
                payload = new DepartmentRenamedV1(code, department.nameEn(), department.nameRu(), inForce, now);
            }
            case CLOSED -> {
                type = IdentityEvents.DEPARTMENT_CLOSED_V1;
                payload = new DepartmentClosedV1(code, department.nameEn(), department.nameRu(), inForce, now);
            }
            default -> throw new IllegalArgumentException("No event for " + change);
        }
        EventMetadata metadata = EventMetadata.newEvent(type, IdentityEvents.departmentKey(code), now);
        return OutboxMessage.of(metadata, topic, json.writeValueAsString(payload), now);
    }
}
