package org.atelier.directory.replica.it;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.EventTopicWriter;

/** Publishes identity events as the provider does (CloudEvents headers, key, full state), on a topic of the test's own. */
final class IdentityTopic implements AutoCloseable {

    final String name = "it.directory." + UUID.randomUUID() + ".identity.events";
    private final EventTopicWriter writer = new EventTopicWriter();

    /** A record as sent, to send the very same event again. */
    record Sent(Integer partition, String key, Map<String, String> headers, String payload) {
    }

    /** Sends the same record again: the same event id, key and payload, as a producer's retry would. */
    void again(Sent sent) {
        writer.send(name, sent.partition(), sent.key(), sent.headers(), sent.payload());
    }

    Sent department(EventType type, String code, String nameEn, String nameRu, boolean inForce, Instant changedAt) {
        return department(null, type, code, nameEn, nameRu, inForce, changedAt);
    }

    Sent department(Integer partition, EventType type, String code, String nameEn, String nameRu, boolean inForce,
                                   Instant changedAt) {
        String payload = """
                {"code":"%s","nameEn":"%s","nameRu":"%s","inForce":%s,"changedAt":"%s"}""".formatted(code, nameEn, nameRu, inForce, changedAt);
        return send(partition, type, IdentityEvents.departmentKey(code), payload, changedAt);
    }

    Sent person(EventType type, String username, String displayName, String department, String level, List<String> roles,
                               boolean active, Instant changedAt) {
        String payload = """
                {"username":"%s","displayName":"%s","department":"%s","level":"%s","roles":[%s],"active":%s,"changedAt":"%s"}"""
                .formatted(username, displayName, department, level, String.join(",", roles.stream().map(role -> "\"" + role + "\"").toList()),
                        active, changedAt);
        return send(null, type, IdentityEvents.personKey(username), payload, changedAt);
    }

    /** Any record, exactly as given. */
    void raw(String key, Map<String, String> headers, String payload) {
        writer.send(name, key, headers, payload);
    }

    Sent send(Integer partition, EventType type, String key, String payload, Instant changedAt) {
        Sent sent = new Sent(partition, key, new LinkedHashMap<>(EventMetadata.newEvent(type, key, changedAt).toHeaders()), payload);
        again(sent);
        return sent;
    }

    @Override
    public void close() {
        writer.close();
    }
}
