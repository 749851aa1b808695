package org.atelier.events.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.events.envelope.EventType;
import org.junit.jupiter.api.Test;

class EventContractsTest {

    private static final EventType THING_NAMED = EventType.parse("org.atelier.sample.ThingNamed.v1");
    private final EventContracts contracts = EventContracts.onClasspath();

    @Test
    void theSchemaIsFoundByTheEventTypeAlone() {
        assertThat(EventContracts.schemaResource(THING_NAMED)).isEqualTo("schemas/sample/ThingNamed.v1.json");
        assertThat(contracts.hasSchema(THING_NAMED)).isTrue();
        assertThat(contracts.hasSchema(EventType.parse("org.atelier.sample.ThingNamed.v2"))).isFalse();
    }

    @Test
    void aConformingPayloadPasses() {
        contracts.requireConforming(THING_NAMED, "{\"name\":\"short\"}");
    }

    @Test
    void aPayloadBreakingTheSchemaIsRefusedNamingTheTypeAndTheViolation() {
        assertThatThrownBy(() -> contracts.requireConforming(THING_NAMED, "{\"name\":\"far too long\"}"))
                .isInstanceOfSatisfying(EventContractViolation.class, violation -> {
                    assertThat(violation.eventType()).isEqualTo(THING_NAMED);
                    assertThat(violation.violations()).singleElement().asString().contains("/name");
                });
    }

    @Test
    void anEventWithoutASchemaIsRefused() {
        assertThatThrownBy(() -> contracts.requireConforming(EventType.parse("org.atelier.sample.Unknown.v1"), "{}"))
                .isInstanceOf(EventContractViolation.class).hasMessageContaining("schemas/sample/Unknown.v1.json");
    }

    @Test
    void aPayloadThatIsNotJsonIsAViolation() {
        assertThat(contracts.violations(THING_NAMED, "{\"name\":")).isNotEmpty();
    }
}
