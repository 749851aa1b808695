package org.atelier.claims.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atelier.claims.directory.CompanyDirectory;
import org.atelier.claims.support.LoyaltyCustomers;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.claims.support.Callers;
import org.atelier.events.envelope.EventType;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim from filing to decision over the API, on the real broker: its events and the meeting's, each once, schema
 * valid, keyed by the claim or meeting id, with the money exactly as the year's policy computes it; the decision's
 * ledger entries and their reversal, one event per entry, keyed by the claim id.
 */
@UsesSharedInfrastructure
@ExtendWith({CompanyDirectory.class, LoyaltyCustomers.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=claims_hearing_it",
        "atelier.customers.group=claims-hearing-it",
        "atelier.topics.claims=" + ClaimHearingIT.TOPIC})
class ClaimHearingIT {

    static final String TOPIC = "it.claims-hearing.claims.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aClaimIsFiledScheduledHeardAndUpheldAndEveryStepIsPublishedOnce() {
        Callers callers = new Callers(port);
        ApiClient management = callers.management();
        ApiClient salesHead = callers.head("sales");
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        assertThat(management.postJson("/api/regulations", Callers.regulationBody("delivery-terms")).status()).isEqualTo(201);
        ApiClient.Response secondVersion = management.postJson("/api/regulations", Callers.regulationBody("delivery-terms")
                .replace("\"2000-01-01\"", "\"2000-01-01\",\"inForceTo\":\"2000-12-31\""));
        assertThat(secondVersion.status()).as(secondVersion.body()).isEqualTo(201);
        ApiClient.Response policy = management.put("/api/bonus-policies/" + year,
                "{\"deductionRatio\":6000,\"compensationRatio\":5000,\"redistributionRatio\":4000}");
        assertThat(policy.status()).as(policy.body()).isEqualTo(200);
        ApiClient.Response filed = salesHead.postJson("/api/claims", Callers.claimBody("delivery-terms", yesterday, 1_000_001));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String claimId = filed.json().get("id").asString();
        assertThat(filed.json().get("regulationVersion").asInt()).isEqualTo(1);
        ApiClient.Response position = callers.head("production").put("/api/claims/" + claimId + "/position",
                "{\"position\":\"The fabric came late from the supplier\"}");
        assertThat(position.status()).as(position.body()).isEqualTo(200);

        ApiClient.Response planned = management.postJson("/api/meetings",
                "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"agenda\":[{\"kind\":\"CLAIM\",\"id\":\"" + claimId + "\"}]}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String meetingId = planned.json().get("id").asString();
        ApiClient.Response held = management.postJson("/api/meetings/" + meetingId + "/attendance", "{\"present\":[\"sales-head\",\"marketing-head\"]}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("heard").get(0).get("id").asString()).isEqualTo(claimId);
        assertThat(held.json().get("absentees").findValuesAsString("username")).contains("production-head", "logistics-head")
                .doesNotContain("sales-head", "marketing-head");

        // D = floor(1 000 001 × 0.6) = 600 000; C = min(floor(1 000 001 × 0.5), floor(600 000 × 0.4)) = 240 000; pool 360 000
        ApiClient.Response preview = management.postJson("/api/meetings/" + meetingId + "/claims/" + claimId + "/decision-preview",
                "{\"outcome\":\"UPHELD\"}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("deductionMinor").asLong()).isEqualTo(600_000);
        assertThat(preview.json().get("compensationMinor").asLong()).isEqualTo(240_000);
        assertThat(preview.json().get("poolShareMinor").asLong()).isEqualTo(360_000);
        assertThat(salesHead.get("/api/claims/" + claimId).json().get("status").asString()).as("a preview changes nothing").isEqualTo("HEARD");
        ApiClient.Response decided = management.postJson("/api/meetings/" + meetingId + "/claims/" + claimId + "/decision",
                "{\"outcome\":\"UPHELD\",\"reasoning\":\"The delay is production's\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("UPHELD");

        JsonNode claim = salesHead.get("/api/claims/" + claimId).json();
        assertThat(claim.get("lifecycle").get("steps").findValuesAsString("to")).containsExactly("FILED", "SCHEDULED", "HEARD", "UPHELD");
        assertThat(claim.get("decision").get("compensationMinor").asLong()).isEqualTo(240_000);
        String decisionId = claim.get("decision").get("decisionId").asString();

        // The ledger: −D from the respondent, +C to the claimant, +(D − C) to the pool, each traceable to the decision and meeting.
        JsonNode production = management.get("/api/ledger/accounts/production?year=" + year).json();
        assertThat(production.get("entries").findValuesAsString("decisionId")).containsExactly(decisionId);
        assertThat(production.get("entries").get(0).get("meetingId").asString()).isEqualTo(meetingId);
        assertThat(production.get("entries").get(0).get("kind").asString()).isEqualTo("DEDUCTION");
        assertThat(production.get("balance").get(0).get("minor").asLong()).isEqualTo(-600_000);
        assertThat(salesHead.get("/api/ledger/accounts/sales?year=" + year).json().get("balance").get(0).get("minor").asLong()).isEqualTo(240_000);
        assertThat(salesHead.get("/api/ledger/accounts/annual-pool?year=" + year).json().get("balance").get(0).get("minor").asLong()).isEqualTo(360_000);
        assertThat(salesHead.get("/api/ledger/accounts/production?year=" + year).status()).as("another department's account").isEqualTo(404);
        assertThat(management.get("/api/ledger/accounts?year=" + year).json().findValuesAsString("account"))
                .contains("sales", "production", "annual-pool", "company-fund");

        // A correction is a reversing decision: the negated entries, the original untouched, once.
        assertThat(salesHead.postJson("/api/ledger/decisions/" + decisionId + "/reversal", "{\"reason\":\"mine\"}").status()).isEqualTo(403);
        ApiClient.Response reversal = management.postJson("/api/ledger/decisions/" + decisionId + "/reversal",
                "{\"reason\":\"The customer had moved the delivery date\"}");
        assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
        String reversalId = reversal.json().get("decisionId").asString();
        assertThat(reversal.json().get("reversesDecisionId").asString()).isEqualTo(decisionId);
        assertThat(management.postJson("/api/ledger/decisions/" + decisionId + "/reversal", "{\"reason\":\"again\"}").status()).isEqualTo(409);
        JsonNode afterReversal = management.get("/api/ledger/accounts/production?year=" + year).json();
        assertThat(afterReversal.get("entries").findValuesAsString("amountMinor")).containsExactly("-600000", "600000");
        assertThat(afterReversal.get("balance").get(0).get("minor").asLong()).isZero();
        assertThat(management.get("/api/ledger/decisions/" + decisionId).json().get("reversedBy").asString()).isEqualTo(reversalId);
        assertThat(salesHead.get("/api/claims/" + claimId).json().get("decision").get("compensationMinor").asLong())
                .as("the original decision stays as it was").isEqualTo(240_000);

        try (EventTopicReader topic = new EventTopicReader(TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().stream()
                    .filter(r -> List.of(claimId, meetingId, String.valueOf(year), "delivery-terms").contains(r.key())).count() >= 15);
            // Read on a while longer, so that a duplicate, were there one, is counted.
            List<EventTopicReader.PublishedRecord> all = await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(topic::poll, records -> true);

            Map<String, List<String>> typesByKey = all.stream().filter(r -> List.of(claimId, meetingId, String.valueOf(year), "delivery-terms").contains(r.key()))
                    .collect(Collectors.groupingBy(EventTopicReader.PublishedRecord::key,
                            Collectors.mapping(r -> r.header("ce_type"), Collectors.toList())));
            String entry = "org.atelier.claims.BonusLedgerEntryPosted.v1";
            assertThat(typesByKey.get(claimId)).containsExactly("org.atelier.claims.ClaimFiled.v1",
                    "org.atelier.claims.ClaimPositionRecorded.v1", "org.atelier.claims.ClaimScheduled.v1", "org.atelier.claims.ClaimDecided.v1",
                    entry, entry, entry, entry, entry, entry);
            assertThat(typesByKey.get(meetingId)).containsExactly("org.atelier.claims.MeetingPlanned.v1", "org.atelier.claims.MeetingHeld.v1");
            assertThat(typesByKey.get(String.valueOf(year))).containsExactly("org.atelier.claims.BonusPolicySet.v1");
            assertThat(typesByKey.get("delivery-terms")).containsExactly("org.atelier.claims.RegulationPublished.v1",
                    "org.atelier.claims.RegulationPublished.v1");
            assertThat(all.stream().filter(r -> "delivery-terms".equals(r.key())).map(r -> JSON.readTree(r.payload())))
                    .extracting(r -> r.get("version").asInt() + " " + (r.get("inForceTo").isNull() ? "open" : r.get("inForceTo").asString())
                            + " " + r.get("boundDepartments").size())
                    .containsExactly("1 open 2", "2 2000-12-31 2");
            for (EventTopicReader.PublishedRecord event : all) {
                EventType type = EventType.parse(event.header("ce_type"));
                assertThat(EventSchemas.violations(ClaimsEvents.schemaResource(type), event.payload())).as(event.payload()).isEmpty();
                assertThat(event.header("ce_subject")).isEqualTo(event.key());
            }
            Map<String, EventTopicReader.PublishedRecord> byType = all.stream()
                    .collect(Collectors.toMap(r -> r.header("ce_type"), Function.identity(), (a, b) -> a));
            JsonNode positionEvent = JSON.readTree(byType.get("org.atelier.claims.ClaimPositionRecorded.v1").payload());
            assertThat(positionEvent.get("claimId").asString()).isEqualTo(claimId);
            assertThat(positionEvent.get("respondentDepartment").asString()).isEqualTo("production");
            JsonNode filedEvent = JSON.readTree(byType.get("org.atelier.claims.ClaimFiled.v1").payload());
            assertThat(filedEvent.get("customerId").asString()).as("the related customer travels with the claim").isEqualTo("cust-42");
            JsonNode decision = JSON.readTree(byType.get("org.atelier.claims.ClaimDecided.v1").payload());
            assertThat(decision.get("meetingId").asString()).isEqualTo(meetingId);
            assertThat(decision.get("customerId").asString()).isEqualTo("cust-42");
            assertThat(decision.get("outcome").asString()).isEqualTo("UPHELD");
            assertThat(decision.get("claimedShortfallMinor").asLong()).isEqualTo(1_000_001);
            assertThat(decision.get("recognisedShortfallMinor").asLong()).isEqualTo(1_000_001);
            assertThat(decision.get("deductionMinor").asLong()).isEqualTo(600_000);
            assertThat(decision.get("compensationMinor").asLong()).isEqualTo(240_000);
            assertThat(decision.get("poolShareMinor").asLong()).isEqualTo(360_000);
            assertThat(decision.get("planAdjustment").asLong()).isEqualTo(1_000_001);
            assertThat(decision.get("policyYear").asInt()).isEqualTo(year);
            assertThat(decision.get("decidedBy").asString()).isEqualTo("ceo");
            List<JsonNode> entries = all.stream().filter(r -> claimId.equals(r.key()) && entry.equals(r.header("ce_type")))
                    .map(r -> JSON.readTree(r.payload())).toList();
            assertThat(entries).extracting(e -> e.get("decisionId").asString() + " " + e.get("kind").asString() + " " + e.get("account").asString()
                    + " " + e.get("amountMinor").asLong() + " " + e.get("entryIndex").asInt() + "/" + e.get("entryCount").asInt()).containsExactly(
                    decisionId + " DEDUCTION production -600000 0/3", decisionId + " COMPENSATION sales 240000 1/3",
                    decisionId + " POOL_TRANSFER annual-pool 360000 2/3", reversalId + " DEDUCTION production 600000 0/3",
                    reversalId + " COMPENSATION sales -240000 1/3", reversalId + " POOL_TRANSFER annual-pool -360000 2/3");
            assertThat(entries).allMatch(e -> e.get("meetingId").asString().equals(meetingId) && e.get("year").asInt() == year);
            assertThat(entries.subList(3, 6)).allMatch(e -> e.get("reversesDecisionId").asString().equals(decisionId));
            assertThat(entries.stream().mapToLong(e -> e.get("amountMinor").asLong()).sum()).isZero();
            JsonNode meeting = JSON.readTree(byType.get("org.atelier.claims.MeetingHeld.v1").payload());
            assertThat(meeting.get("attendance").findValuesAsString("username")).containsExactly("marketing-head", "sales-head");
            assertThat(meeting.get("heard").get(0).get("id").asString()).isEqualTo(claimId);
        }
    }
}
