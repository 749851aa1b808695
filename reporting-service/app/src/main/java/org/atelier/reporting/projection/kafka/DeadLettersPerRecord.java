package org.atelier.reporting.projection.kafka;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.atelier.events.envelope.MalformedEnvelopeException;
import org.atelier.inbox.NonConformingEvent;
import org.atelier.reporting.projection.EventDispatcher;
import org.atelier.reporting.projection.UnreadableEvent;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;

/**
 * Retries and dead letters, record by record, for the projections' batch bindings.
 *
 * <p>The binder's own dead-letter handling would send a failed poll to the dead-letter topic whole, the good records
 * with the bad one. So for these bindings it is moved to the listener container: the projection throws
 * {@code BatchListenerFailedException} with the index of the record it cannot read, the container commits the records
 * before it (applied already), publishes that one record to the binding's dead-letter topic and delivers the rest
 * again. A record that can never be read is not retried; any other failure (the database briefly away) is retried
 * with the binding's back-off, from the failed record on.
 *
 * <p>The dead letters carry the same headers as those the binder writes for the other consumers ({@code x-original-*},
 * {@code x-exception-*}), so one tool reads every dead-letter topic; the exception named is the reason the event
 * could not be read, not the container's wrapper around it.
 */
public class DeadLettersPerRecord implements ListenerContainerWithDlqAndRetryCustomizer {

    /** A binding by its destination and group. */
    public record Binding(String destination, String group) {
    }

    private final KafkaOperations<?, ?> deadLetters;
    private final Set<Binding> batchBindings;

    /**
     * @param deadLetters   publishes to the dead-letter topics
     * @param batchBindings the bindings this applies to; the others keep the binder's retries and dead letters
     */
    public DeadLettersPerRecord(KafkaOperations<?, ?> deadLetters, Set<Binding> batchBindings) {
        this.deadLetters = deadLetters;
        this.batchBindings = Set.copyOf(batchBindings);
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return !batchBindings.contains(new Binding(destinationName, group));
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver, BackOff backOff) {
        if (retryAndDlqInBinding(destinationName, group)) {
            return;
        }
        DeadLetterPublishingRecoverer recoverer = dlqDestinationResolver == null
                ? new DeadLetterPublishingRecoverer(deadLetters)
                : new DeadLetterPublishingRecoverer(deadLetters, dlqDestinationResolver);
        recoverer.setHeaderNamesSupplier(DeadLettersPerRecord::binderHeaderNames);
        recoverer.setExceptionHeadersCreator(DeadLettersPerRecord::exceptionHeaders);
        DefaultErrorHandler handler = backOff == null ? new DefaultErrorHandler(recoverer) : new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEnvelopeException.class, NonConformingEvent.class, UnreadableEvent.class);
        container.setCommonErrorHandler(handler);
    }

    /** The names the binder's own dead letters use. */
    static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage("x-exception-message")
                .exceptionStacktrace("x-exception-stacktrace")
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    static void exceptionHeaders(Headers headers, Exception failure, boolean isKey, HeaderNames names) {
        Throwable reason = reason(failure);
        HeaderNames.ExceptionInfo info = names.getExceptionInfo();
        headers.add(isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), bytes(reason.getClass().getName()));
        headers.add(isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(),
                bytes(reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage()));
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace));
        headers.add(isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(), bytes(trace.toString()));
    }

    /** Why the record failed: the reason it cannot be read where there is one, else the innermost cause. */
    static Throwable reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (EventDispatcher.isUnreadable(cause)) {
                return cause;
            }
        }
        return NestedExceptionUtils.getMostSpecificCause(failure);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
