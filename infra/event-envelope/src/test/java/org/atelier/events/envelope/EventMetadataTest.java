package org.atelier.events.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMetadataTest {

    private final EventType customerLost = new EventType("loyalty", "CustomerLost", 1);

    @Test
    void typeIsWrittenAsReverseDomainNameWithVersion() {
        assertThat(customerLost).hasToString("org.atelier.loyalty.CustomerLost.v1");
        assertThat(customerLost.source()).isEqualTo("/atelier/loyalty");
        assertThat(customerLost.schemaFileName()).isEqualTo("CustomerLost.v1.json");
        assertThat(EventType.parse("org.atelier.loyalty.CustomerLost.v1")).isEqualTo(customerLost);
    }

    @Test
    void headersUseTheUnderscorePrefixAndRoundTrip() {
        EventMetadata metadata = EventMetadata.newEvent(customerLost, "customer-42", Instant.parse("2026-03-01T10:15:30Z"));

        Map<String, String> headers = metadata.toHeaders();

        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.atelier.loyalty.CustomerLost.v1")
                .containsEntry("ce_source", "/atelier/loyalty")
                .containsEntry("ce_subject", "customer-42")
                .containsEntry("ce_time", "2026-03-01T10:15:30Z")
                .containsEntry("content-type", "application/json")
                .containsKey("ce_id");
        assertThat(EventMetadata.fromHeaders(headers::get)).isEqualTo(metadata);
    }

    @Test
    void missingOrUnreadableAttributesAreRejectedAsMalformed() {
        Map<String, String> headers = new HashMap<>(EventMetadata.newEvent(customerLost, "c", Instant.now()).toHeaders());
        headers.remove("ce_id");
        assertThatThrownBy(() -> EventMetadata.fromHeaders(headers::get))
                .isInstanceOf(MalformedEnvelopeException.class).hasMessageContaining("ce_id");

        headers.put("ce_id", "not-a-uuid");
        assertThatThrownBy(() -> EventMetadata.fromHeaders(headers::get)).isInstanceOf(MalformedEnvelopeException.class);

        headers.put("ce_id", "1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        headers.put("ce_type", "com.other.Thing");
        assertThatThrownBy(() -> EventMetadata.fromHeaders(headers::get)).isInstanceOf(MalformedEnvelopeException.class);
    }

    @Test
    void versionsStartAtOne() {
        assertThatThrownBy(() -> new EventType("loyalty", "CustomerLost", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
