package org.atelier.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.SharedInfrastructure;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.annotation.Id;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What an external consumer sees on a record the outbox published through the binder: the declared headers only. */
@UsesSharedInfrastructure
@SpringBootTest(classes = PublishedHeadersIT.GadgetService.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.mongodb.database=published_headers_it")
class PublishedHeadersIT {

    private static final String TOPIC = "it.headers.gadgets";
    private static final EventType GADGET_CHANGED = new EventType("test", "WidgetChanged", 1);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class GadgetService {
    }

    @org.springframework.data.mongodb.core.mapping.Document("header_gadgets")
    record GadgetDocument(@Id String id, long version, List<OutboxMessage> outbox) {
    }

    @DynamicPropertySource
    static void sharedInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", SharedInfrastructure::mongoUri);
    }

    @Autowired
    AggregateDocuments documents;

    @Test
    void aPublishedRecordCarriesExactlyTheCloudEventsHeadersAndContentType() {
        String id = "g-" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        EventMetadata metadata = new EventMetadata(UUID.randomUUID(), GADGET_CHANGED.source(), GADGET_CHANGED, id, now);
        OutboxMessage event = OutboxMessage.of(metadata, TOPIC, "{\"id\":\"" + id + "\"}", now);

        try (EventTopicReader reader = new EventTopicReader(TOPIC)) {
            documents.save(new GadgetDocument(id, 1, List.of(event)), id, 0, List.of(event));

            PublishedRecord record = await().atMost(Duration.ofSeconds(30)).until(
                    () -> reader.poll().stream().filter(r -> id.equals(r.key())).findFirst().orElse(null), r -> r != null);
            assertThat(record.headers()).containsExactlyInAnyOrderEntriesOf(metadata.toHeaders());
        }
    }
}
