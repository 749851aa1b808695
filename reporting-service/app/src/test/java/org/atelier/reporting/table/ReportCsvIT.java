package org.atelier.reporting.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/**
 * {@code Accept: text/csv} on every table-shaped report, over read models fed with the golden samples: the parsed CSV
 * holds exactly the figures of the JSON's main table, with headers in the reader's language.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_csv_it",
        "atelier.topics.loyalty=" + ReportCsvIT.LOYALTY,
        "atelier.topics.claims=" + ReportCsvIT.CLAIMS})
class ReportCsvIT {

    static final String LOYALTY = "it.csv.loyalty.events";
    static final String CLAIMS = "it.csv.claims.events";
    private static final String CSV = "text/csv";

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    @BeforeAll
    static void feed() {
        writer = new EventTopicWriter();
        publish(LOYALTY, sample(LoyaltyEvents.CUSTOMER_LOST_V1, UUID.randomUUID().toString(), "customerId"));
        publish(LOYALTY, sample(LoyaltyEvents.ANNUAL_PLAN_SET_V1, "2026", null));
        publish(LOYALTY, sample(LoyaltyEvents.ANNUAL_RESULTS_RECORDED_V1, "2026", null));
        String claim = UUID.randomUUID().toString();
        publish(CLAIMS, sample(ClaimsEvents.CLAIM_FILED_V1, claim, "claimId"));
        publish(CLAIMS, sample(ClaimsEvents.CLAIM_DECIDED_V1, claim, "claimId"));
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @Test
    void theChurnCsvIsItsReasonsWithTheJsonsCounts() throws IOException {
        JsonNode json = await().atMost(Duration.ofSeconds(45)).until(() -> api().get("/api/reports/churn?year=2026").json(),
                report -> report.get("lostCustomers").asInt() >= 1);

        List<CSVRecord> csv = csv("/api/reports/churn?year=2026", "en");

        assertThat(csv.get(0).values()).containsExactly("Reason", "Losses with it as the primary reason", "Losses naming it");
        assertThat(csv).hasSize(1 + json.get("byPrimaryReason").size());
        for (CSVRecord row : csv.subList(1, csv.size())) {
            assertThat(Long.parseLong(row.get(1))).as(row.get(0)).isEqualTo(json.get("byPrimaryReason").get(row.get(0)).asLong());
            assertThat(Long.parseLong(row.get(2))).as(row.get(0)).isEqualTo(json.get("byReason").get(row.get(0)).asLong());
        }
        assertThat(csv.stream().skip(1).mapToLong(row -> Long.parseLong(row.get(1))).sum()).isEqualTo(json.get("lostCustomers").asLong());
        assertThat(csv("/api/reports/churn?year=2026", "ru-RU,ru;q=0.9").get(0).get(0)).isEqualTo("Причина");
    }

    @Test
    void theExitInterviewsCsvIsSalesReasonsBesideTheCustomers() throws IOException {
        JsonNode json = await().atMost(Duration.ofSeconds(45)).until(() -> api().get("/api/reports/exit-interviews?year=2026").json(),
                report -> report.get("losses").asInt() >= 1);

        List<CSVRecord> csv = csv("/api/reports/exit-interviews?year=2026", "en");

        JsonNode byReason = json.get("salesVsCustomer").get("byReason");
        assertThat(csv).hasSize(1 + byReason.size());
        for (CSVRecord row : csv.subList(1, csv.size())) {
            JsonNode shares = byReason.get(row.get(0));
            assertThat(row.get(1)).isEqualTo(shares.get("bySales").asString());
            assertThat(row.get(2)).isEqualTo(shares.get("bySalesBp").isNull() ? "" : shares.get("bySalesBp").asString());
            assertThat(row.get(3)).isEqualTo(shares.get("byCustomers").asString());
            assertThat(row.get(4)).isEqualTo(shares.get("byCustomersBp").isNull() ? "" : shares.get("byCustomersBp").asString());
        }
    }

    @Test
    void theClaimsCsvIsItsDepartmentsWithTheirMoneyPerCurrency() throws IOException {
        JsonNode json = await().atMost(Duration.ofSeconds(45)).until(() -> api().get("/api/reports/claims?year=2026").json(),
                report -> report.get("totals").get("decided").asInt() >= 1);

        List<CSVRecord> csv = csv("/api/reports/claims?year=2026", "en");

        List<String> header = csv.get(0).toList();
        assertThat(csv).hasSize(1 + json.get("byDepartment").size());
        String currency = json.get("totals").get("deductions").propertyNames().iterator().next();
        int deducted = header.indexOf("Deducted, " + currency + " (minor units)");
        int sent = header.indexOf("Sent to the pool, " + currency + " (minor units)");
        assertThat(deducted).isPositive();
        for (CSVRecord row : csv.subList(1, csv.size())) {
            JsonNode department = json.get("byDepartment").get(row.get(0));
            assertThat(row.get(1)).isEqualTo(department.get("filed").asString());
            assertThat(row.get(2)).isEqualTo(department.get("received").asString());
            assertThat(row.get(3)).isEqualTo(department.get("asClaimant").get("upheld").asString());
            assertThat(row.get(6)).isEqualTo(department.get("asRespondent").get("upheld").asString());
            assertThat(row.get(7)).isEqualTo(department.get("asRespondent").get("partiallyUpheld").asString());
            assertThat(Long.parseLong(row.get(deducted))).isEqualTo(department.get("deducted").path(currency).asLong(0));
            assertThat(Long.parseLong(row.get(sent))).isEqualTo(department.get("sentToThePool").path(currency).asLong(0));
        }
        assertThat(csv.stream().skip(1).mapToLong(row -> Long.parseLong(row.get(deducted))).sum())
                .isEqualTo(json.get("totals").get("deductions").get(currency).asLong());
    }

    @Test
    void thePoolCsvIsItsIndicatorsMoneyAndCountsInTheirOwnColumns() throws IOException {
        JsonNode json = await().atMost(Duration.ofSeconds(45)).until(() -> api().get("/api/reports/pool/2026").json(),
                report -> report.get("indicators").get(0).get("actual").isNumber() && report.get("indicators").get(0).get("plan").isNumber());

        List<CSVRecord> csv = csv("/api/reports/pool/2026", "en");

        assertThat(csv).hasSize(5);
        for (int i = 0; i < 4; i++) {
            JsonNode indicator = json.get("indicators").get(i);
            CSVRecord row = csv.get(i + 1);
            boolean money = i < 2;
            assertThat(row.get(0)).isEqualTo(indicator.get("name").asString());
            assertThat(row.get(money ? 1 : 4)).isEqualTo(text(indicator.get("actual")));
            assertThat(row.get(money ? 2 : 5)).isEqualTo(text(indicator.get("plan")));
            assertThat(row.get(money ? 3 : 6)).isEqualTo(text(indicator.get("previousYear")));
            assertThat(row.get(money ? 4 : 1)).as("the other kind's column is empty").isEmpty();
            assertThat(row.get(7)).isEqualTo(indicator.get("passesPlan").asString());
            assertThat(row.get(9)).isEqualTo(indicator.get("passes").asString());
        }
        assertThat(csv("/api/reports/pool?year=2026", "en").stream().map(CSVRecord::toList)).as("the former address too")
                .containsExactlyElementsOf(csv.stream().map(CSVRecord::toList).toList());
    }

    @Test
    void theWhoSewedTheSuitCsvIsARowPerReasonWithTheJsonsCounts() throws IOException {
        JsonNode json = await().atMost(Duration.ofSeconds(45)).until(() -> api().get("/api/reports/who-sewed-the-suit?year=2026").json(),
                report -> report.get("losses").asInt() >= 1);

        List<CSVRecord> csv = csv("/api/reports/who-sewed-the-suit?year=2026", "en");

        assertThat(csv.get(0).toList()).startsWith("Reason", "Losses naming it", "Interviews naming it");
        assertThat(csv).hasSize(1 + json.get("reasons").size());
        for (int i = 0; i < json.get("reasons").size(); i++) {
            JsonNode reason = json.get("reasons").get(i);
            assertThat(csv.get(i + 1).get(0)).isEqualTo(reason.get("reason").asString());
            assertThat(csv.get(i + 1).get(1)).isEqualTo(reason.get("losses").asString());
            assertThat(csv.get(i + 1).get(2)).isEqualTo(reason.get("interviews").asString());
        }
    }

    @Test
    void aReportWithoutATableIsNotAcceptableAsCsvAndJsonStaysTheDefault() {
        assertThat(api().get("/api/reports/pool/2026", "*/*").contentType()).startsWith("application/json");
        assertThat(api().get("/api/reports/freshness", CSV).status()).isEqualTo(406);
        assertThat(api().get("/api/reports/matrix", CSV).status()).as("the list of campaigns").isEqualTo(406);
        // The what-if has no table: refused (406, or 400 where the path then reads as a year), never a server error.
        assertThat(api().get("/api/reports/pool/what-if?year=2026", CSV).status()).isIn(400, 406);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }

    private List<CSVRecord> csv(String path, String language) throws IOException {
        ApiClient.Response response = api().withHeader("Accept-Language", language).get(path, CSV);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        return CSVFormat.RFC4180.parse(new StringReader(response.body())).getRecords();
    }

    private static GoldenSample sample(EventType type, String subject, String idField) {
        GoldenSample loaded = GoldenSample.load(type.service().equals("claims") ? ClaimsEvents.sampleResource(type) : LoyaltyEvents.sampleResource(type))
                .withHeader("ce_id", UUID.randomUUID().toString()).withHeader("ce_subject", subject);
        GoldenSample sample = idField == null ? loaded : loaded.withPayloadField(idField, subject);
        return new GoldenSample(subject, sample.headers(), sample.payload());
    }

    private static void publish(String topic, GoldenSample sample) {
        writer.send(topic, sample.key(), sample.headers(), sample.payload());
    }

    private ApiClient api() {
        return ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }
}
