package org.atelier.reporting.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.events.envelope.EventType;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The claim-outcomes read model fed over the real broker with claims-service's golden samples. */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_claims_it",
        "atelier.topics.claims=" + ClaimOutcomesProjectionIT.TOPIC,
        "atelier.topics.loyalty=" + ClaimOutcomesProjectionIT.LOYALTY})
class ClaimOutcomesProjectionIT {

    static final String TOPIC = "it.outcomes.claims.events";
    static final String LOYALTY = "it.outcomes.loyalty.events";

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @Test
    void aFiledAndDecidedClaimIsCountedOnceOnBothSidesWithItsMoney() {
        String claim = UUID.randomUUID().toString();
        GoldenSample filed = sample(ClaimsEvents.CLAIM_FILED_V1, claim);
        GoldenSample decided = sample(ClaimsEvents.CLAIM_DECIDED_V1, claim);
        publish(filed);
        publish(decided);
        publish(decided);
        JsonNode sampleDecision = tools.jackson.databind.json.JsonMapper.builder().build().readTree(decided.payload());
        int year = sampleDecision.get("policyYear").asInt();
        String claimant = sampleDecision.get("claimantDepartment").asString();
        String respondent = sampleDecision.get("respondentDepartment").asString();
        long deduction = sampleDecision.get("deductionMinor").asLong();

        JsonNode report = await().atMost(Duration.ofSeconds(45)).until(() -> outcomes(year), r -> r.get("totals").get("decided").asInt() >= 1);

        assertThat(report.get("totals").get("decided").asInt()).as("the redelivered decision counts once").isEqualTo(1);
        assertThat(report.get("byDepartment").get(respondent).get("deducted").get(sampleDecision.get("currency").asString()).asLong())
                .isEqualTo(deduction);
        assertThat(report.get("byDepartment").get(claimant).get("asClaimant").get(outcomeField(sampleDecision.get("outcome").asString())).asInt())
                .isEqualTo(1);
        assertThat(report.get("medianDaysToDecision").isNumber()).isTrue();
        JsonNode alias = api().get("/api/reports/claim-outcomes?year=" + year).json();
        assertThat(alias.get("totals")).as("the former address answers the same report").isEqualTo(report.get("totals"));
        assertThat(alias.get("byDepartment")).isEqualTo(report.get("byDepartment"));
    }

    /** The head of the respondent department sees the company-wide totals and their own department's row only. */
    @Test
    void aDepartmentHeadSeesTheirOwnDepartmentsRowOnlyAndManagementSeesAll() throws java.io.IOException {
        String claim = UUID.randomUUID().toString();
        GoldenSample decided = sample(ClaimsEvents.CLAIM_DECIDED_V1, claim);
        publish(sample(ClaimsEvents.CLAIM_FILED_V1, claim));
        publish(decided);
        JsonNode decision = tools.jackson.databind.json.JsonMapper.builder().build().readTree(decided.payload());
        int year = decision.get("policyYear").asInt();
        String claimant = decision.get("claimantDepartment").asString();
        String respondent = decision.get("respondentDepartment").asString();
        JsonNode all = await().atMost(Duration.ofSeconds(45)).until(() -> outcomes(year),
                r -> r.get("byDepartment").has(claimant) && r.get("byDepartment").has(respondent));
        ApiClient head = ApiClient.localPort(port).withToken(TestIdentityProvider.user(respondent, "DEPARTMENT_HEAD").signed());

        ApiClient.Response own = head.get("/api/reports/claims?year=" + year);
        ApiClient.Response ownCsv = head.get("/api/reports/claims?year=" + year, "text/csv");

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("byDepartment").propertyNames()).containsExactly(respondent);
        assertThat(own.json().get("byDepartment").get(respondent)).isEqualTo(all.get("byDepartment").get(respondent));
        assertThat(own.json().get("totals")).as("the company-wide figures").isEqualTo(all.get("totals"));
        assertThat(all.get("byDepartment").size()).as("management sees every department").isGreaterThanOrEqualTo(2);
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(ownCsv.body())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(respondent);
        assertThat(head.get("/api/reports/claim-outcomes?year=" + year).json().get("byDepartment").propertyNames())
                .as("the former address filters alike").containsExactly(respondent);
    }

    /**
     * The customer of an upheld claim was lost in 2020, in 2030 (withdrawn as recorded in error) and in 2031: the claim
     * is linked to the 2020 loss, before its decision, and to the 2031 one, after it; the withdrawn loss links nowhere.
     */
    @Test
    void anUpheldClaimIsLinkedToEachCountedLossOfItsCustomerAcrossTopics() {
        String claim = UUID.randomUUID().toString();
        String customer = UUID.randomUUID().toString();
        GoldenSample decided = sample(ClaimsEvents.CLAIM_DECIDED_V1, claim).withPayloadField("customerId", customer)
                .withPayloadField("outcome", "UPHELD");
        publish(sample(ClaimsEvents.CLAIM_FILED_V1, claim).withPayloadField("customerId", customer));
        publish(decided);
        publishLoss(loss(customer, "2020-05-01"));
        publishLoss(loss(customer, "2030-05-01"));
        GoldenSample withdrawal = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.LOSS_WITHDRAWN_V1))
                .withHeader("ce_id", UUID.randomUUID().toString()).withPayloadField("customerId", customer)
                .withPayloadField("lostOn", "2030-05-01").withPayloadField("withdrawnAt", "2030-05-02T10:00:00Z");
        publishLoss(new GoldenSample(customer, withdrawal.headers(), withdrawal.payload()));
        publishLoss(loss(customer, "2031-05-01"));
        int year = tools.jackson.databind.json.JsonMapper.builder().build().readTree(decided.payload()).get("policyYear").asInt();

        JsonNode report = await().atMost(Duration.ofSeconds(45)).until(() -> outcomes(year),
                r -> linksOf(r, claim).contains("2031-05-01 AFTER_DECISION"));

        assertThat(linksOf(report, claim)).containsExactly("2020-05-01 BEFORE_DECISION", "2031-05-01 AFTER_DECISION");
        JsonNode reverse = null;
        for (JsonNode lost : report.get("lostCustomers")) {
            if (lost.get("customerId").asString().equals(customer)) {
                reverse = lost;
            }
        }
        assertThat(reverse).as("the customer's side").isNotNull();
        assertThat(reverse.get("claims").get(0).asString()).isEqualTo(claim);
        assertThat(reverse.get("lostOn").size()).isEqualTo(2);
    }

    private static java.util.List<String> linksOf(JsonNode report, String claim) {
        java.util.List<String> links = new java.util.ArrayList<>();
        for (JsonNode link : report.get("lostCustomerLinks")) {
            if (link.get("claimId").asString().equals(claim)) {
                links.add(link.get("lostOn").asString() + " " + link.get("lossCame").asString());
            }
        }
        return links;
    }

    private static GoldenSample loss(String customer, String lostOn) {
        GoldenSample sample = GoldenSample.load(LoyaltyEvents.sampleResource(LoyaltyEvents.CUSTOMER_LOST_V1))
                .withHeader("ce_id", UUID.randomUUID().toString()).withPayloadField("customerId", customer)
                .withPayloadField("lostOn", lostOn).withPayloadField("recordedAt", lostOn + "T12:00:00Z");
        return new GoldenSample(customer, sample.headers(), sample.payload());
    }

    private static void publishLoss(GoldenSample sample) {
        writer.send(LOYALTY, sample.key(), sample.headers(), sample.payload());
    }

    @Test
    void aYearOutOfRangeIsAProblem() {
        ApiClient.Response response = api().get("/api/reports/claims?year=99999");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
    }

    private static String outcomeField(String outcome) {
        return switch (outcome) {
            case "UPHELD" -> "upheld";
            case "PARTIALLY_UPHELD" -> "partiallyUpheld";
            default -> "rejected";
        };
    }

    private static GoldenSample sample(EventType type, String claim) {
        GoldenSample sample = GoldenSample.load(ClaimsEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", claim).withPayloadField("claimId", claim);
        return new GoldenSample(claim, sample.headers(), sample.payload());
    }

    private static void publish(GoldenSample sample) {
        writer.send(TOPIC, sample.key(), sample.headers(), sample.payload());
    }

    private ApiClient api() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }

    private JsonNode outcomes(int year) {
        ApiClient.Response response = api().get("/api/reports/claims?year=" + year);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
