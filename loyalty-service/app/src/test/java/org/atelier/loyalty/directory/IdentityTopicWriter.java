package org.atelier.loyalty.directory;

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

    /** To the shared test broker's {@code atelier.identity.events}, which every loyalty context of the JVM reads. */
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
