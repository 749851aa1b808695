package org.atelier.claims.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
 * On the real broker: a commendation act approved at a meeting, a claim withdrawn before its hearing, and a claim
 * adjourned because neither party's head came. Each event once, schema valid, keyed by its aggregate's id.
 */
@UsesSharedInfrastructure
@ExtendWith({CompanyDirectory.class, LoyaltyCustomers.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=claims_commendation_it",
        "atelier.customers.group=claims-commendation-it",
        "atelier.topics.claims=" + CommendationAndWithdrawalIT.TOPIC})
class CommendationAndWithdrawalIT {

    static final String TOPIC = "it.claims-commendation.claims.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aCommendationIsApprovedAClaimWithdrawnAnotherAdjournedEachPublishedOnce() {
        Callers callers = new Callers(port);
        ApiClient management = callers.management();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(management.postJson("/api/regulations", Callers.regulationBody("delivery-terms")).status()).isEqualTo(201);
        String withdrawn = callers.head("sales").postJson("/api/claims", Callers.claimBody("delivery-terms", yesterday, 10_000)).json().get("id").asString();
        String adjourned = callers.head("sales").postJson("/api/claims", Callers.claimBody("delivery-terms", yesterday, 20_000)).json().get("id").asString();
        ApiClient.Response petition = callers.head("marketing").postJson("/api/commendations", """
                {"commendedDepartment":"production","help":"Sewed the exhibition pieces in four days","currency":"RUB",
                 "proposedRewardMinor":5000000,"recognition":"Letter of thanks"}""");
        assertThat(petition.status()).as(petition.body()).isEqualTo(201);
        String commendation = petition.json().get("id").asString();

        ApiClient.Response planned = management.postJson("/api/meetings", "{\"date\":\"" + today + "\",\"agenda\":["
                + "{\"kind\":\"COMMENDATION\",\"id\":\"" + commendation + "\"},{\"kind\":\"CLAIM\",\"id\":\"" + withdrawn + "\"},"
                + "{\"kind\":\"CLAIM\",\"id\":\"" + adjourned + "\"}]}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String meeting = planned.json().get("id").asString();
        ApiClient.Response withdrawal = callers.head("sales").postJson("/api/claims/" + withdrawn + "/withdrawal", "{\"reason\":\"Settled directly\"}");
        assertThat(withdrawal.json().get("status").asString()).isEqualTo("WITHDRAWN");
        // Only marketing's head comes: the commendation (marketing → production) is heard, sales' claim against production adjourned.
        ApiClient.Response held = management.postJson("/api/meetings/" + meeting + "/attendance", "{\"present\":[\"marketing-head\"]}");
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        ApiClient.Response tooLate = callers.head("sales").postJson("/api/claims/" + withdrawn + "/withdrawal", "{}");
        assertThat(tooLate.status()).as("withdrawn once").isEqualTo(409);
        ApiClient.Response approved = management.postJson("/api/meetings/" + meeting + "/commendations/" + commendation + "/decision",
                "{\"outcome\":\"APPROVED\",\"grantedMinor\":4000000}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        ApiClient.Response notHeard = management.postJson("/api/meetings/" + meeting + "/claims/" + adjourned + "/decision", "{\"outcome\":\"UPHELD\"}");
        assertThat(notHeard.status()).isEqualTo(409);
        assertThat(notHeard.json().get("detail").asString()).contains("adjourned");
        assertThat(callers.head("sales").get("/api/claims/" + adjourned).json().get("status").asString()).isEqualTo("FILED");

        try (EventTopicReader topic = new EventTopicReader(TOPIC)) {
            List<String> keys = List.of(withdrawn, adjourned, commendation, meeting);
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.poll().stream().filter(r -> keys.contains(r.key())).count() >= 11);
            List<EventTopicReader.PublishedRecord> all = await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(topic::poll, records -> true).stream().filter(r -> keys.contains(r.key())).toList();
            Map<String, List<String>> typesByKey = all.stream().collect(Collectors.groupingBy(EventTopicReader.PublishedRecord::key,
                    Collectors.mapping(r -> r.header("ce_type").replace("org.atelier.claims.", ""), Collectors.toList())));

            assertThat(typesByKey.get(withdrawn)).containsExactly("ClaimFiled.v1", "ClaimScheduled.v1", "ClaimWithdrawn.v1");
            assertThat(typesByKey.get(adjourned)).containsExactly("ClaimFiled.v1", "ClaimScheduled.v1");
            assertThat(typesByKey.get(commendation)).containsExactly("CommendationFiled.v1", "CommendationDecided.v1",
                    "BonusLedgerEntryPosted.v1", "BonusLedgerEntryPosted.v1");
            assertThat(typesByKey.get(meeting)).containsExactly("MeetingPlanned.v1", "MeetingHeld.v1");
            for (EventTopicReader.PublishedRecord event : all) {
                EventType type = EventType.parse(event.header("ce_type"));
                assertThat(EventSchemas.violations(ClaimsEvents.schemaResource(type), event.payload())).as(event.payload()).isEmpty();
                assertThat(event.header("ce_subject")).isEqualTo(event.key());
            }
            JsonNode decided = JSON.readTree(all.stream().filter(r -> r.header("ce_type").endsWith("CommendationDecided.v1")).findFirst().orElseThrow().payload());
            assertThat(decided.get("outcome").asString()).isEqualTo("APPROVED");
            assertThat(decided.get("grantedMinor").asLong()).isEqualTo(4_000_000);
            assertThat(decided.get("meetingId").asString()).isEqualTo(meeting);
            String decisionId = approved.json().get("decisionId").asString();
            assertThat(all.stream().filter(r -> r.header("ce_type").endsWith("BonusLedgerEntryPosted.v1")).map(r -> JSON.readTree(r.payload())))
                    .extracting(e -> e.get("decisionId").asString() + " " + e.get("subjectKind").asString() + " " + e.get("kind").asString() + " "
                            + e.get("account").asString() + " " + e.get("amountMinor").asLong() + " " + e.get("meetingId").asString())
                    .containsExactly(decisionId + " COMMENDATION COMMENDATION_CREDIT production 4000000 " + meeting,
                            decisionId + " COMMENDATION COMMENDATION_FUNDING company-fund -4000000 " + meeting);
            JsonNode heldEvent = JSON.readTree(all.stream().filter(r -> r.header("ce_type").endsWith("MeetingHeld.v1")).findFirst().orElseThrow().payload());
            assertThat(heldEvent.get("heard").findValuesAsString("id")).containsExactly(commendation);
            assertThat(heldEvent.get("adjourned").findValuesAsString("id")).containsExactly(adjourned);
            assertThat(heldEvent.get("absentees").findValuesAsString("username")).contains("sales-head", "production-head", "logistics-head");
        }
    }
}
