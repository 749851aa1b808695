package org.atelier.directory.replica.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.replica.IdentityEventApplier;
import org.atelier.directory.replica.ReplicaProgress;
import org.atelier.directory.replica.ReplicaStore;
import org.atelier.directory.replica.SourcePosition;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.atelier.identity.events.IdentityEvents;
import org.atelier.inbox.NonConformingEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/** When a record counts as read for readiness: once its fate is settled, never while it will be tried again. */
class IdentityEventsConsumerTest {

    private static final String KEY = IdentityEvents.departmentKey("logistics");
    private static final String PAYLOAD = """
            {"code":"logistics","nameEn":"Logistics","nameRu":"Логистика","inForce":true,"changedAt":"2026-07-01T09:00:00Z"}""";

    private final ReplicaProgress progress = new ReplicaProgress();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final ReplicaStore store = new ReplicaStore() {
        @Override
        public Outcome put(DirectoryDepartment department, SourcePosition position) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database away");
            }
            return Outcome.APPLIED;
        }

        @Override
        public Outcome put(DirectoryPerson person, SourcePosition position) {
            return Outcome.APPLIED;
        }
    };
    private final IdentityEventsConsumer consumer = new IdentityEventsConsumer(new IdentityEventApplier(store, type -> { }), progress, 4);

    @BeforeEach
    void oneRecordToRead() {
        progress.startedAt(Map.of(0, new ReplicaProgress.Extent(0, 1)));
    }

    @Test
    void anAppliedEventIsRead() {
        consumer.accept(message(PAYLOAD, 1));

        assertThat(progress.caughtUp()).isTrue();
    }

    @Test
    void aFailureThatWillBeRetriedIsNotReadYetButItsLastAttemptIs() {
        failuresLeft.set(4);

        for (int attempt = 1; attempt <= 3; attempt++) {
            int delivery = attempt;
            assertThatThrownBy(() -> consumer.accept(message(PAYLOAD, delivery))).isInstanceOf(IllegalStateException.class);
            assertThat(progress.caughtUp()).as("after attempt " + attempt).isFalse();
        }
        assertThatThrownBy(() -> consumer.accept(message(PAYLOAD, 4))).isInstanceOf(IllegalStateException.class);
        assertThat(progress.caughtUp()).as("on its way to the dead-letter topic").isTrue();
    }

    @Test
    void aRecordThatBreaksItsSchemaIsReadAtOnceAndRefused() {
        assertThatThrownBy(() -> consumer.accept(message("{\"code\":\"logistics\"}", 1))).isInstanceOf(NonConformingEvent.class);

        assertThat(progress.caughtUp()).isTrue();
    }

    @Test
    void aRecordWithoutAnEnvelopeIsReadAtOnceAndRefused() {
        Message<byte[]> headless = MessageBuilder.withPayload(PAYLOAD.getBytes(UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 0).setHeader(KafkaHeaders.OFFSET, 0L).build();

        assertThatThrownBy(() -> consumer.accept(headless)).isInstanceOf(MalformedEnvelopeException.class);
        assertThat(progress.caughtUp()).isTrue();
    }

    private static Message<byte[]> message(String payload, int deliveryAttempt) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(payload.getBytes(UTF_8))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, 0).setHeader(KafkaHeaders.OFFSET, 0L)
                .setHeader(IntegrationMessageHeaderAccessor.DELIVERY_ATTEMPT, new AtomicInteger(deliveryAttempt));
        EventMetadata.newEvent(IdentityEvents.DEPARTMENT_CREATED_V1, KEY, Instant.parse("2026-07-01T09:00:00Z")).toHeaders()
                .forEach(builder::setHeader);
        return builder.build();
    }
}
