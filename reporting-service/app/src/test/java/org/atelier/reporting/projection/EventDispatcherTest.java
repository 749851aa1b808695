package org.atelier.reporting.projection;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.events.envelope.EventType;
import org.atelier.inbox.IncomingEvent;
import org.atelier.reporting.freshness.messaging.EventsSeen;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** The dispatch every projection shares: by type, one call per applier and batch, stopping at the first unreadable message. */
class EventDispatcherTest {

    private static final EventType REGISTERED = EventType.parse("org.atelier.test.Registered.v1");
    private static final EventType LOST = EventType.parse("org.atelier.test.Lost.v1");

    private final List<List<String>> calls = new ArrayList<>();
    private final List<String> seenApplied = new ArrayList<>();
    private final List<String> seenNotUsed = new ArrayList<>();

    private final EventDispatcher dispatcher = new EventDispatcher(new Recording()) {
        {
            Applier<String> ids = facts -> {
                calls.add(List.copyOf(facts));
                return facts.size();
            };
            on(REGISTERED, event -> "registered:" + text(event), ids);
            on(LOST, event -> {
                if (text(event).isEmpty()) {
                    throw EventPayloads.unreadable(event, "is empty");
                }
                return "lost:" + text(event);
            }, ids);
        }
    };

    @Test
    void aBatchsFactsOfSeveralTypesReachTheirApplierInOneCallInTheirOrder() {
        dispatcher.acceptBatch(List.of(message(REGISTERED, "a"), message(LOST, "b"), message("org.atelier.test.Unused.v1", "c"),
                message(REGISTERED, "d")));

        assertThat(calls).containsExactly(List.of("registered:a", "lost:b", "registered:d"));
        assertThat(seenApplied).hasSize(3);
        assertThat(seenNotUsed).as("a type the view has no use for").hasSize(1);
    }

    @Test
    void anUnreadableMessageFailsTheBatchAtItsIndexOnceEverythingBeforeItIsApplied() {
        List<Message<byte[]>> batch = List.of(message(REGISTERED, "a"), message(LOST, "b"), message(LOST, ""), message(REGISTERED, "d"));

        assertThatThrownBy(() -> dispatcher.acceptBatch(batch)).isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
            assertThat(failed.getIndex()).isEqualTo(2);
            assertThat(failed.getCause()).isInstanceOf(UnreadableEvent.class);
        });
        assertThat(calls).as("the two before it, not the one after").containsExactly(List.of("registered:a", "lost:b"));
        assertThat(seenApplied).hasSize(2);
    }

    @Test
    void aMessageWithoutAnEnvelopeIsUnreadableToo() {
        Message<byte[]> noEnvelope = MessageBuilder.withPayload("{}".getBytes(UTF_8)).build();

        assertThatThrownBy(() -> dispatcher.acceptBatch(List.of(noEnvelope))).isInstanceOfSatisfying(BatchListenerFailedException.class,
                failed -> assertThat(failed.getIndex()).isZero());
        assertThat(EventDispatcher.isUnreadable(new IllegalStateException("database away"))).isFalse();
    }

    @Test
    void aPollAsTheBinderDeliversItInBatchModeIsSplitIntoItsRecordsWithTheirOwnHeadersAndTopic() {
        Message<byte[]> first = message(REGISTERED, "a");
        Message<byte[]> second = message(LOST, "b");
        Message<List<byte[]>> poll = MessageBuilder.withPayload(List.of(first.getPayload(), second.getPayload()))
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.of(Map.copyOf(first.getHeaders()), Map.copyOf(second.getHeaders())))
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, List.of("atelier.test.events", "atelier.test.events"))
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, List.of(0, 0))
                .setHeader(KafkaHeaders.OFFSET, List.of(41L, 42L))
                .build();

        List<Message<byte[]>> records = PolledMessages.split(poll);

        assertThat(records).extracting(record -> record.getHeaders().get("ce_id"))
                .containsExactly(first.getHeaders().get("ce_id"), second.getHeaders().get("ce_id"));
        assertThat(records).extracting(record -> record.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC)).containsOnly("atelier.test.events");
        assertThat(records).extracting(record -> record.getHeaders().get(KafkaHeaders.OFFSET)).containsExactly(41L, 42L);
        dispatcher.acceptPoll(poll);
        assertThat(calls).containsExactly(List.of("registered:a", "lost:b"));
    }

    private static String text(IncomingEvent event) {
        return new String(event.payload(), UTF_8).replace("\"", "");
    }

    private static Message<byte[]> message(EventType type, String payload) {
        return message(type.toString(), payload);
    }

    private static Message<byte[]> message(String type, String payload) {
        return MessageBuilder.withPayload(("\"" + payload + "\"").getBytes(UTF_8))
                .setHeader("ce_id", UUID.randomUUID().toString()).setHeader("ce_specversion", "1.0")
                .setHeader("ce_source", "/loyalty-service").setHeader("ce_subject", "customer-1").setHeader("ce_type", type).setHeader("ce_time", "2026-03-01T10:00:00Z")
                .setHeader("content-type", "application/json").build();
    }

    private final class Recording extends EventsSeen {
        Recording() {
            super(null, null, null, null);
        }

        @Override
        public void applied(Message<?> message, IncomingEvent event) {
            seenApplied.add(event.id());
        }

        @Override
        public void notUsed(Message<?> message, IncomingEvent event) {
            seenNotUsed.add(event.id());
        }
    }
}
