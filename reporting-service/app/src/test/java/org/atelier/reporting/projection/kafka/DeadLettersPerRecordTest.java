package org.atelier.reporting.projection.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.atelier.reporting.projection.UnreadableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/** Which bindings move their dead letters to the container, and what a dead letter says about its failure. */
class DeadLettersPerRecordTest {

    private final DeadLettersPerRecord customizer = new DeadLettersPerRecord(null,
            Set.of(new DeadLettersPerRecord.Binding("atelier.loyalty.events", "reporting-service")));

    @Test
    void onlyTheBatchBindingsLeaveTheBinderTheirRetriesAndDeadLetters() {
        assertThat(customizer.retryAndDlqInBinding("atelier.loyalty.events", "reporting-service")).isFalse();
        assertThat(customizer.retryAndDlqInBinding("atelier.loyalty.events", "reporting-service-pool")).isTrue();
        assertThat(customizer.retryAndDlqInBinding("atelier.identity.events", "reporting-service")).isTrue();
    }

    @Test
    void theDeadLetterNamesWhyTheEventCannotBeReadNotTheContainersWrapper() {
        UnreadableEvent why = new UnreadableEvent("org.atelier.loyalty.CustomerLost.v1 e-1 lacks lostOn", null);
        Exception asTheContainerReportsIt = new ListenerExecutionFailedException("Listener failed",
                new BatchListenerFailedException(why.getMessage(), why, 3));
        RecordHeaders headers = new RecordHeaders();

        DeadLettersPerRecord.exceptionHeaders(headers, asTheContainerReportsIt, false, DeadLettersPerRecord.binderHeaderNames());

        assertThat(text(headers, "x-exception-fqcn")).isEqualTo(UnreadableEvent.class.getName());
        assertThat(text(headers, "x-exception-message")).isEqualTo("org.atelier.loyalty.CustomerLost.v1 e-1 lacks lostOn");
        assertThat(text(headers, "x-exception-stacktrace")).startsWith(UnreadableEvent.class.getName());
    }

    @Test
    void anyOtherFailureIsNamedByItsInnermostCause() {
        Exception failure = new ListenerExecutionFailedException("Listener failed", new IllegalStateException("database away"));

        assertThat(DeadLettersPerRecord.reason(failure)).isInstanceOf(IllegalStateException.class).hasMessage("database away");
    }

    private static String text(RecordHeaders headers, String name) {
        return new String(headers.lastHeader(name).value(), UTF_8);
    }
}
