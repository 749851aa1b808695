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
    void aPlanWithoutThePoolsRulesIsValidAndTheirValuesAreBounded() {
        String withoutRules = """
                {"year":2026,"currency":"RUB","revenueMinor":100,"marginMinor":10,"loyalCustomers":4,"loyalKeyCustomers":1,"headcount":2,
                 "setBy":"finance","setAt":"2026-01-20T09:00:00Z"}""";
        String schema = LoyaltyEvents.schemaResource(LoyaltyEvents.ANNUAL_PLAN_SET_V1);
        String withRules = withoutRules.replace("}", ",\"gateRule\":\"PLAN\",\"marginGrowthShareBp\":10000}");

        assertThat(EventSchemas.violations(schema, withoutRules)).isEmpty();
        assertThat(EventSchemas.violations(schema, withRules)).isEmpty();
        assertThat(EventSchemas.violations(schema, withoutRules.replace("}", ",\"gateRule\":null,\"marginGrowthShareBp\":null}"))).isEmpty();
        assertThat(EventSchemas.violations(schema, withRules.replace("10000", "10001"))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, withRules.replace("\"PLAN\"", "\"ALWAYS\""))).isNotEmpty();
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

    @Test
    void aReversalTakingBackNegativePointsOrWithoutAReasonViolatesTheSchema() {
        String valid = """
                {"customerId":"c1","purchaseId":"p1","amountMinor":100,"currency":"RUB","date":"2026-01-02","contractReference":"C-1",
                 "reversedBy":"sales-head","reason":"wrong customer","pointsTakenBack":1,"pointsNotRecovered":0,"spendableBalance":0,
                 "tierPoints":0,"winBackUndone":false,"reversedAt":"2026-01-03T10:00:00Z"}""";
        String schema = LoyaltyEvents.schemaResource(LoyaltyEvents.PURCHASE_REVERSED_V1);

        assertThat(EventSchemas.violations(schema, valid)).isEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"pointsTakenBack\":1", "\"pointsTakenBack\":-1"))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"wrong customer\"", "\"\""))).isNotEmpty();
    }

    @Test
    void aWithdrawalNamesTheLossItWithdrawsAndWhy() {
        String valid = """
                {"customerId":"c1","customerName":"A","competitor":"B","lostOn":"2026-01-02","withdrawnBy":"sales-head",
                 "reason":"wrong card","withdrawnAt":"2026-01-03T10:00:00Z"}""";
        String schema = LoyaltyEvents.schemaResource(LoyaltyEvents.LOSS_WITHDRAWN_V1);

        assertThat(EventSchemas.violations(schema, valid)).isEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"lostOn\":\"2026-01-02\",", ""))).isNotEmpty();
        assertThat(EventSchemas.violations(schema, valid.replace("\"wrong card\"", "\"" + "x".repeat(501) + "\""))).isNotEmpty();
    }
}
