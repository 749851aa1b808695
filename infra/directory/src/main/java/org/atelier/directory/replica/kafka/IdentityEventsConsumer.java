package org.atelier.directory.replica.kafka;

import java.util.function.Consumer;
import org.atelier.directory.replica.IdentityEventApplier;
import org.atelier.directory.replica.ReplicaProgress;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.atelier.inbox.IncomingEvent;
import org.atelier.inbox.NonConformingEvent;
import org.atelier.directory.replica.UnreadableIdentityEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream consumer of the identity topic: reads the envelope (checked against the contract's schema
 * by {@link IncomingEvent}), applies the event to the replica and tells {@link ReplicaProgress} how far it got.
 *
 * <p>A record counts as read once its fate is settled: applied, found stale, skipped, refused as unreadable (it goes
 * to the dead-letter topic at once), or failed on its last delivery attempt (it goes there after the retries). A
 * failure that will be retried is not read yet.
 */
public class IdentityEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(IdentityEventsConsumer.class);

    private final IdentityEventApplier applier;
    private final ReplicaProgress progress;
    private final int maxAttempts;

    public IdentityEventsConsumer(IdentityEventApplier applier, ReplicaProgress progress, int maxAttempts) {
        this.applier = applier;
        this.progress = progress;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Integer partition = message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = message.getHeaders().get(KafkaHeaders.OFFSET, Long.class);
        if (partition == null || offset == null) {
            throw new IllegalStateException("The directory replica reads from Kafka only: no partition or offset on the message");
        }
        boolean settled = false;
        try {
            IncomingEvent event = IncomingEvent.from(message);
            IdentityEventApplier.Result result = applier.apply(event.metadata().type(), event.metadata().subject(), event.payload(),
                    partition, offset);
            log.debug("{} {} at {}/{}: {}", event.metadata().type(), event.metadata().subject(), partition, offset, result);
            settled = true;
        } catch (MalformedEnvelopeException | NonConformingEvent | UnreadableIdentityEvent unreadable) {
            settled = true;
            throw unreadable;
        } catch (RuntimeException failure) {
            settled = lastAttempt(message);
            throw failure;
        } finally {
            if (settled) {
                progress.read(partition, offset);
            }
        }
    }

    private boolean lastAttempt(Message<byte[]> message) {
        Object attempt = message.getHeaders().get(IntegrationMessageHeaderAccessor.DELIVERY_ATTEMPT);
        return !(attempt instanceof Number number) || number.intValue() >= maxAttempts;
    }
}
