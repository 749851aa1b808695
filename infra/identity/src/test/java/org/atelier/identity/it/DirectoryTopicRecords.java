package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What reached the directory topic for one key, read as an outside consumer reads it, each record checked against its schema. */
final class DirectoryTopicRecords implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventTopicReader reader;

    DirectoryTopicRecords(String topic) {
        this.reader = new EventTopicReader(topic);
    }

    DirectoryTopicRecords() {
        this(IdentityEvents.TOPIC);
    }

    List<PublishedRecord> forKey(String key) {
        return reader.poll().stream().filter(record -> key.equals(record.key())).toList();
    }

    /**
     * Waits for the key's next record and then makes sure no other follows for a while: a change publishes exactly one
     * event. Returns its payload, after checking type, key, subject, source and schema.
     */
    JsonNode exactlyOneMore(String key, int before, EventType type) {
        await().atMost(Duration.ofSeconds(20)).until(() -> forKey(key).size() > before);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> forKey(key).size() == before + 1);
        PublishedRecord record = forKey(key).get(before);
        EventMetadata metadata = EventMetadata.fromHeaders(record::header);
        assertThat(metadata.type()).isEqualTo(type);
        assertThat(metadata.subject()).isEqualTo(key);
        assertThat(metadata.source()).isEqualTo(IdentityEvents.SOURCE);
        assertThat(EventSchemas.violations(IdentityEvents.schemaResource(type), record.payload())).as(record.payload()).isEmpty();
        assertThat(record.payload()).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("hash")
                .doesNotContainIgnoringCase("email");
        return JSON.readTree(record.payload());
    }

    /** Makes sure the key gets no further record for a while (a refusal, a change to nothing publishes none). */
    void noMore(String key, int before) {
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> forKey(key).size() == before);
    }

    @Override
    public void close() {
        reader.close();
    }
}
