package org.atelier.loyalty.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.GoldenSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoyaltyEventContractTest {

    static Stream<EventType> eventTypes() {
        return LoyaltyEvents.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleIsValidAgainstItsSchema(EventType type) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(type));

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(type), sample.payload())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleCarriesCompleteEnvelopeKeyedByItsSubject(EventType type) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(type));

        EventMetadata metadata = EventMetadata.fromHeaders(sample.headers()::get);
        assertThat(metadata.type()).isEqualTo(type);
        assertThat(metadata.source()).isEqualTo("/atelier/loyalty");
        assertThat(sample.key()).isEqualTo(metadata.subject());
    }

    @Test
    void staffAttitudeWithoutDepartmentViolatesTheSchema() {
        String payload = """
                {"customerId":"c1","customerName":"A","significance":"KEY","competitor":"B","lostOn":"2026-01-02",
                 "reasons":[{"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":[]}],"recordedAt":"2026-01-02T10:00:00Z"}""";

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_LOST_V1), payload)).isNotEmpty();
    }

    @Test
    void twoPrimaryReasonsViolateTheSchema() {
        String payload = """
                {"customerId":"c1","customerName":"A","significance":"KEY","competitor":"B","lostOn":"2026-01-02",
                 "reasons":[{"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":[]},
                            {"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}],"recordedAt":"2026-01-02T10:00:00Z"}""";

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_LOST_V1), payload)).isNotEmpty();
    }

    @Test
    void anUnknownReasonCodeViolatesTheSchema() {
        String payload = """
                {"customerId":"c1","customerName":"A","significance":"KEY","competitor":"B","lostOn":"2026-01-02",
                 "reasons":[{"code":"WEATHER","primary":true,"departmentsAtFault":[]}],"recordedAt":"2026-01-02T10:00:00Z"}""";

        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_LOST_V1), payload)).isNotEmpty();
    }
}
