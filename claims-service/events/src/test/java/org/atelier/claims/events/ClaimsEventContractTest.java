package org.atelier.claims.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.GoldenSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimsEventContractTest {

    static Stream<EventType> eventTypes() {
        return ClaimsEvents.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleIsValidAgainstItsSchema(EventType type) {
        GoldenSample sample = GoldenSample.load(ClaimsEvents.sampleResource(type));

        assertThat(EventSchemas.violations(ClaimsEvents.schemaResource(type), sample.payload())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyGoldenSampleCarriesCompleteEnvelopeKeyedByItsSubject(EventType type) {
        GoldenSample sample = GoldenSample.load(ClaimsEvents.sampleResource(type));

        EventMetadata metadata = EventMetadata.fromHeaders(sample.headers()::get);
        assertThat(metadata.type()).isEqualTo(type);
        assertThat(metadata.source()).isEqualTo("/atelier/claims");
        assertThat(sample.key()).isEqualTo(metadata.subject());
    }

    private static final String DECIDED = """
            {"claimId":"c1","meetingId":"m1","claimantDepartment":"sales","respondentDepartment":"production","customerId":null,
             "outcome":"UPHELD","currency":"RUB","claimedShortfallMinor":100,"recognisedShortfallMinor":100,"deductionMinor":50,
             "compensationMinor":25,"poolShareMinor":25,"planIndicator":"Q1 revenue","planAdjustment":100,"policyYear":2026,
             "deductionRatio":5000,"compensationRatio":5000,"redistributionRatio":5000,"decidedBy":"ceo","decidedAt":"2026-03-12T16:45:00Z"}""";

    @Test
    void aDecisionWithAnUnknownOutcomeOrNegativeAmountsViolatesTheSchema() {
        String schema = ClaimsEvents.schemaResource(ClaimsEvents.CLAIM_DECIDED_V1);

        assertThat(EventSchemas.violations(schema, DECIDED)).isEmpty();
        assertThat(EventSchemas.violations(schema, DECIDED.replace("\"UPHELD\"", "\"DISMISSED\""))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, DECIDED.replace("\"deductionMinor\":50", "\"deductionMinor\":-50"))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, DECIDED.replace("\"compensationRatio\":5000", "\"compensationRatio\":10000"))).isNotEmpty();
    }

    @Test
    void aClaimFiledWithoutTheConsequencesForTheCustomerViolatesTheSchema() {
        String valid = """
                {"claimId":"c1","claimantDepartment":"sales","respondentDepartment":"production","regulationId":"r1","regulationVersion":1,
                 "whatHappened":"late","happenedOn":"2026-03-02","customerId":null,"contractReference":null,"customerConsequences":"lost an order",
                 "planIndicator":"revenue","currency":"RUB","claimedShortfallMinor":100,"planAdjustmentRequested":0,"evidence":[],
                 "filedBy":"sales-head","filedAt":"2026-03-05T09:30:00Z"}""";
        String schema = ClaimsEvents.schemaResource(ClaimsEvents.CLAIM_FILED_V1);

        assertThat(EventSchemas.violations(schema, valid)).isEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"lost an order\"", "\"\""))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"claimedShortfallMinor\":100", "\"claimedShortfallMinor\":0"))).isNotEmpty();
    }

    @Test
    void aBonusPolicyWithACompensationOfTheWholeViolatesTheSchema() {
        String valid = """
                {"year":2026,"deductionRatio":10000,"compensationRatio":9999,"redistributionRatio":9999,"setBy":"cfo","setAt":"2026-01-15T09:00:00Z"}""";
        String schema = ClaimsEvents.schemaResource(ClaimsEvents.BONUS_POLICY_SET_V1);

        assertThat(EventSchemas.violations(schema, valid)).isEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"compensationRatio\":9999", "\"compensationRatio\":10000"))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"redistributionRatio\":9999", "\"redistributionRatio\":-1"))).isNotEmpty();
    }
}
