package org.atelier.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class IncomingEventTest {

    private final EventMetadata metadata = EventMetadata.newEvent(new EventType("loyalty", "CustomerLost", 1), "c-1",
            Instant.parse("2026-03-14T10:00:00Z"));

    @Test
    void readsAttributesSentAsStrings() {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload("{}".getBytes(UTF_8));
        metadata.toHeaders().forEach(builder::setHeader);

        assertThat(IncomingEvent.from(builder.build()).metadata()).isEqualTo(metadata);
    }

    @Test
    void readsAttributesSentAsRawBytes() {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload("{}".getBytes(UTF_8));
        metadata.toHeaders().forEach((name, value) -> builder.setHeader(name, value.getBytes(UTF_8)));

        assertThat(IncomingEvent.from(builder.build()).metadata()).isEqualTo(metadata);
    }

    @Test
    void readsAttributesThatSpringCloudFunctionRenamedToItsCanonicalPrefix() {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload("{}".getBytes(UTF_8));
        metadata.toHeaders().forEach((name, value) -> builder.setHeader(name.replace("ce_", "ce-"), value));

        assertThat(IncomingEvent.from(builder.build()).metadata()).isEqualTo(metadata);
    }

    @Test
    void aPayloadBreakingItsTypesSchemaIsRefusedNamingTheViolation() {
        EventMetadata named = EventMetadata.newEvent(EventType.parse("org.atelier.inboxtest.ThingNamed.v1"), "t-1", Instant.now());
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload("{\"name\":\"far too long\"}".getBytes(UTF_8));
        named.toHeaders().forEach(builder::setHeader);

        assertThatThrownBy(() -> IncomingEvent.from(builder.build())).isInstanceOf(NonConformingEvent.class)
                .hasMessageContaining("org.atelier.inboxtest.ThingNamed.v1").hasMessageContaining("/name");
    }

    @Test
    void aConformingPayloadIsAccepted() {
        EventMetadata named = EventMetadata.newEvent(EventType.parse("org.atelier.inboxtest.ThingNamed.v1"), "t-1", Instant.now());
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload("{\"name\":\"short\"}".getBytes(UTF_8));
        named.toHeaders().forEach(builder::setHeader);

        assertThat(IncomingEvent.from(builder.build()).metadata()).isEqualTo(named);
    }

    @Test
    void aMessageWithoutEnvelopeIsMalformed() {
        Message<byte[]> message = MessageBuilder.withPayload("{}".getBytes(UTF_8)).copyHeaders(Map.of("ce_type", "x")).build();

        assertThatThrownBy(() -> IncomingEvent.from(message)).isInstanceOf(MalformedEnvelopeException.class);
    }
}
