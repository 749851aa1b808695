package org.atelier.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes through Spring Cloud Stream's Kafka binder.
 *
 * <p>The binder's producer must be synchronous ({@code spring.cloud.stream.kafka.default.producer.sync=true}),
 * so that a failed send surfaces here as an exception instead of being lost in a callback ({@code BrokerOutageIT}
 * fails if it is not). How long it waits for the broker is bounded by {@code atelier.outbox.publish-timeout-ms}
 * in the shared service defaults.
 */
public class StreamBridgeOutboxPublisher implements OutboxPublisher {

    private final StreamBridge streamBridge;

    public StreamBridgeOutboxPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    @Override
    public void publish(OutboxMessage outboxMessage) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(outboxMessage.payload().getBytes(UTF_8))
                .setHeader(KafkaHeaders.KEY, outboxMessage.subject().getBytes(UTF_8));
        outboxMessage.headers().forEach(builder::setHeader);
        Message<byte[]> message = builder.build();
        if (!streamBridge.send(outboxMessage.destination(), message)) {
            throw new IllegalStateException("The binder refused event " + outboxMessage.eventId() + " for " + outboxMessage.destination());
        }
    }
}
