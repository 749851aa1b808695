package org.atelier.directory.testing;

import java.time.Instant;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.SharedInfrastructure;

/** Publishes department events on the identity topic as the identity provider does: full state, key, CloudEvents headers. */
public final class IdentityTopicWriter implements AutoCloseable {

    private final EventTopicWriter writer;

    /** To the shared test broker's {@code atelier.identity.events}, which every service context of the JVM reads. */
    public IdentityTopicWriter() {
        this(SharedInfrastructure.kafkaBootstrapServers());
    }

    public IdentityTopicWriter(String bootstrapServers) {
        this.writer = new EventTopicWriter(bootstrapServers);
    }

    public void created(DirectoryDepartment department) {
        publish(IdentityEvents.DEPARTMENT_CREATED_V1, department);
    }

    public void closed(DirectoryDepartment department) {
        publish(IdentityEvents.DEPARTMENT_CLOSED_V1, new DirectoryDepartment(department.code(), department.nameEn(), department.nameRu(), false));
    }

    /** A person as the provider publishes them; {@code active=false} is a deactivation (the person has left). */
    public void person(String username, String department, String level, boolean active, String... roles) {
        person(username, username, department, level, active, roles);
    }

    /** The same, with a display name of its own. */
    public void person(String username, String displayName, String department, String level, boolean active, String... roles) {
        Instant now = Instant.now();
        String key = IdentityEvents.personKey(username);
        EventType type = active ? IdentityEvents.PERSON_JOINED_V1 : IdentityEvents.PERSON_DEACTIVATED_V1;
        String roleList = java.util.Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(java.util.stream.Collectors.joining(","));
        writer.send(IdentityEvents.TOPIC, key, EventMetadata.newEvent(type, key, now).toHeaders(), """
                {"username":"%s","displayName":"%s","department":"%s","level":"%s","roles":[%s],"active":%s,"changedAt":"%s"}"""
                .formatted(username, displayName, department, level, roleList, active, now));
    }

    private void publish(EventType type, DirectoryDepartment department) {
        Instant now = Instant.now();
        String key = IdentityEvents.departmentKey(department.code());
        writer.send(IdentityEvents.TOPIC, key, EventMetadata.newEvent(type, key, now).toHeaders(), """
                {"code":"%s","nameEn":"%s","nameRu":"%s","inForce":%s,"changedAt":"%s"}"""
                .formatted(department.code(), department.nameEn(), department.nameRu(), department.inForce(), now));
    }

    @Override
    public void close() {
        writer.close();
    }
}
