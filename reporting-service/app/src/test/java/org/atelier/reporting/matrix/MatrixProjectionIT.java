package org.atelier.reporting.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.survey.events.SurveyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicWriter;
import org.atelier.testsupport.GoldenSample;
import org.atelier.testsupport.OpenApiContract;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The matrix read model fed over the real broker with survey-service's golden samples as templates: a campaign
 * opened, answered and closed ends in the matrix report with the numbers worked out below, and redeliveries change
 * nothing.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=reporting_matrix_it",
        "atelier.topics.survey=" + MatrixProjectionIT.SURVEY,
        "atelier.topics.loyalty=" + MatrixProjectionIT.LOYALTY})
class MatrixProjectionIT {

    static final String SURVEY = "it.matrix.survey.events";
    static final String LOYALTY = "it.matrix.loyalty.events";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EventTopicWriter writer;

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeAll
    static void openWriter() {
        writer = new EventTopicWriter();
    }

    @AfterAll
    static void closeWriter() {
        writer.close();
    }

    @BeforeEach
    void client() {
        api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed());
    }

    @Test
    void anOpenedAnsweredAndClosedCampaignIsReportedWithItsNumbersAndRedeliveriesChangeNothing() {
        String campaign = UUID.randomUUID().toString();
        // The sample's matrix: tasks contract-fulfilment and delivery, departments logistics and sales.
        GoldenSample opened = opened(campaign, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<GoldenSample> responses = List.of(
                submitted(campaign, "COMMERCIAL_STAFF", "sales", "contract-fulfilment/sales=R delivery/logistics=R delivery/sales=P"),
                submitted(campaign, "COMMERCIAL_STAFF", "sales", "contract-fulfilment/sales=R delivery/logistics=R"),
                submitted(campaign, "COMMERCIAL_STAFF", "sales", "contract-fulfilment/sales=R delivery/sales=R"),
                submitted(campaign, "DIVISION_HEAD", "logistics", "contract-fulfilment/sales=R delivery/logistics=R"));
        publish(opened);
        responses.forEach(MatrixProjectionIT::publish);
        // The first response delivered again as it was, the second published again under a new event id.
        publish(responses.get(0));
        publish(responses.get(1).withHeader("ce_id", UUID.randomUUID().toString()));
        publish(closed(campaign, 4, opened));

        JsonNode report = await().atMost(Duration.ofSeconds(45)).ignoreExceptions().until(() -> matrix(campaign, ""),
                r -> r.get("campaign").get("state").asString().equals("CLOSED"));

        // n = 4. contract-fulfilment: sales R 4 → 10 000, the consensus owner, no flags.
        // delivery: logistics R 3 → 7 500, sales R 1 → 2 500 and P 1 → 2 500; 7 500 > 5 000 (an owner), and logistics and
        // sales both ≥ 2 500 → CONTESTED. Owners marked: r1 1, r2 1, r3 1, r4 1.
        assertThat(report.get("campaign").get("responses").asInt()).isEqualTo(4);
        assertThat(report.get("respondents").asInt()).isEqualTo(4);
        JsonNode fulfilment = report.get("tasks").get(0);
        assertThat(fulfilment.get("task").asString()).isEqualTo("contract-fulfilment");
        assertThat(fulfilment.get("consensusOwner").asString()).isEqualTo("sales");
        assertThat(fulfilment.get("consensusShareBp").asInt()).isEqualTo(10_000);
        assertThat(fulfilment.get("flags").size()).isZero();
        JsonNode delivery = report.get("tasks").get(1);
        assertThat(delivery.get("consensusOwner").asString()).isEqualTo("logistics");
        assertThat(delivery.get("consensusShareBp").asInt()).isEqualTo(7_500);
        assertThat(delivery.get("flags").toString()).isEqualTo("[\"CONTESTED\"]");
        assertThat(delivery.get("cells").get(1).toString())
                .isEqualTo("{\"department\":\"sales\",\"r\":1,\"p\":1,\"rShareBp\":2500,\"pShareBp\":2500}");
        assertThat(delivery.get("ownerCounts").toString()).isEqualTo("{\"none\":0,\"one\":4,\"twoOrMore\":0}");
        // Groups: commercial staff of sales (3) on their own; the one division head only as an "others" group of 1: counts only.
        assertThat(report.get("groups").size()).isEqualTo(2);
        assertThat(report.get("groups").get(0).get("level").asString()).isEqualTo("DIVISION_HEAD");
        assertThat(report.get("groups").get(0).get("others").asBoolean()).isTrue();
        assertThat(report.get("groups").get(0).get("withheld").asBoolean()).isTrue();
        assertThat(report.get("groups").get(0).get("tasks").size()).isZero();
        assertThat(report.get("groups").get(1).get("department").asString()).isEqualTo("sales");
        // Alpha overall, 4 coders × 4 cells: cf/logistics all none → 0; cf/sales all R → 0; delivery/logistics R 3, none 1 →
        // (16 − 10) / 3 = 2; delivery/sales P 1, none 2, R 1 → (16 − 6) / 3 = 3.333…; Σ = 5.333…
        // Totals none 7, R 8, P 1; n = 16; Σ_{c≠k} = 256 − 114 = 142. α = 1 − 15 · 5.333… / 142 = 0.4366… → 0.437.
        assertThat(report.get("agreement").get("overall").get("alpha").asDouble()).isEqualTo(0.437);
        // The division heads' view has one respondent: counts only.
        JsonNode heads = matrix(campaign, "?level=DIVISION_HEAD");
        assertThat(heads.get("respondents").asInt()).isEqualTo(1);
        assertThat(heads.get("withheld").asBoolean()).isTrue();
        assertThat(heads.get("tasks").size()).isZero();

        // Redeliver the opening, a response and the closing; a later opening on the same partition shows they were read.
        publish(opened);
        publish(responses.get(2));
        publish(closed(campaign, 4, opened));
        String marker = UUID.randomUUID().toString();
        GoldenSample later = opened(marker, Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        publish(new GoldenSample(campaign, later.headers(), later.payload()));
        await().atMost(Duration.ofSeconds(45)).until(this::campaigns, list -> list.toString().contains(marker));

        assertThat(matrix(campaign, "").toString()).isEqualTo(report.toString());
        JsonNode listed = campaignIn(campaigns(), campaign);
        assertThat(listed.get("responses").asInt()).isEqualTo(4);
        assertThat(listed.get("invited").asInt()).isEqualTo(6);
        assertThat(listed.get("state").asString()).isEqualTo("CLOSED");

        // A key customer lost in 2031's first quarter over staff attitude (logistics and sales at fault) and price: the
        // latest closed campaign is this one, so "who sewed the suit" reads its tasks.
        GoldenSample lost = GoldenSample.load(org.atelier.loyalty.events.LoyaltyEvents.sampleResource(
                        org.atelier.loyalty.events.LoyaltyEvents.CUSTOMER_LOST_V1)).withHeader("ce_id", UUID.randomUUID().toString())
                .withPayloadField("customerId", UUID.randomUUID().toString()).withPayloadField("lostOn", "2031-03-14");
        writer.send(LOYALTY, lost.key(), lost.headers(), lost.payload());
        JsonNode suit = await().atMost(Duration.ofSeconds(45)).until(() -> suit(2031, 1), r -> r.get("losses").asInt() == 1);

        assertThat(suit.get("campaign").get("campaignId").asString()).isEqualTo(campaign);
        JsonNode contract = reason(suit, "CONTRACT_FULFILMENT");
        assertThat(contract.get("losses").asInt()).isZero();
        assertThat(contract.get("tasks").size()).isEqualTo(2);
        assertThat(contract.get("tasks").get(1).get("flags").toString()).isEqualTo("[\"CONTESTED\"]");
        // Staff attitude: its one linked task is contract-fulfilment, where sales has R 4 of 4 and logistics nothing
        // (R 0, P 0 < 20 %): logistics is forgotten, sales is not.
        JsonNode staff = reason(suit, "STAFF_ATTITUDE");
        assertThat(staff.get("losses").asInt()).isEqualTo(1);
        assertThat(staff.get("tasks").size()).isEqualTo(1);
        assertThat(staff.get("departmentsAtFault").toString()).isEqualTo("[{\"department\":\"logistics\",\"byLosses\":1,"
                + "\"byInterviews\":0,\"forgotten\":true},{\"department\":\"sales\",\"byLosses\":1,\"byInterviews\":0,\"forgotten\":false}]");
        // Price is named by the same loss but has no linked task: not judged.
        assertThat(reason(suit, "PRICE_AND_DISCOUNTS").get("departmentsAtFault").get(0).get("forgotten").isNull()).isTrue();
        assertThat(suit.get("departmentsAtFault").get(0).get("forgottenFor").toString()).isEqualTo("[\"STAFF_ATTITUDE\"]");
    }

    @Test
    void aResponseBreakingItsSchemaGoesToTheDeadLetterTopicAndTheNextIsCounted() {
        try (EventTopicReader deadLetters = new EventTopicReader(SURVEY + ".reporting-service-matrix.dlq")) {
            String campaign = UUID.randomUUID().toString();
            publish(opened(campaign, Instant.parse("2019-01-01T08:00:00Z")));
            GoldenSample valid = submitted(campaign, "TOP_MANAGEMENT", "sales", "delivery/sales=R");
            publish(new GoldenSample(campaign, valid.headers(), valid.payload()).withHeader("ce_id", UUID.randomUUID().toString())
                    .withPayloadField("level", "CHAIRMAN"));
            publish(valid);

            await().atMost(Duration.ofSeconds(45)).ignoreExceptions().until(() -> matrix(campaign, "").get("respondents").asInt() == 1);
            await().atMost(Duration.ofSeconds(30)).until(deadLetters::poll, records -> !records.isEmpty());
            assertThat(matrix(campaign, "").get("respondentsByLevel").get("TOP_MANAGEMENT").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aCampaignsReportIsReadByTheRolesThatReadTheOtherReports() {
        String campaign = UUID.randomUUID().toString();
        publish(opened(campaign, Instant.parse("2020-01-01T08:00:00Z")));
        await().atMost(Duration.ofSeconds(45)).until(this::campaigns, list -> list.toString().contains(campaign));
        String report = "/api/reports/matrix/" + campaign;

        Map<String, Integer> byRole = Map.of("MANAGEMENT", 200, "FINANCE", 200, "DEPARTMENT_HEAD", 200, "ADMIN", 200, "EMPLOYEE", 403);
        byRole.forEach((role, status) -> {
            ApiClient.Response response = ApiClient.localPort(port).withToken(TestIdentityProvider.user("logistics", role).signed()).get(report);
            assertThat(response.status()).as(role).isEqualTo(status);
        });
        assertThat(ApiClient.localPort(port).withToken(TestIdentityProvider.machine().scopeText("atelier.read").signed()).get(report).status())
                .isEqualTo(200);
        ApiClient.Response writeOnly = ApiClient.localPort(port).withToken(TestIdentityProvider.machine().scopeText("atelier.write").signed())
                .get(report);
        assertThat(writeOnly.status()).isEqualTo(403);
        assertThat(writeOnly.isProblem()).isTrue();
        TestIdentityProvider.tokensToRefuse("top-management", "MANAGEMENT").forEach((kind, token) -> {
            ApiClient caller = token == null ? ApiClient.localPort(port) : ApiClient.localPort(port).withToken(token);
            ApiClient.Response response = caller.get(report);
            assertThat(response.status()).as(kind).isEqualTo(401);
            assertThat(response.isProblem()).as(kind).isTrue();
        });
        // A caller who may not read reports learns nothing of which campaigns exist: 403 before any lookup.
        ApiClient.Response employee = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed())
                .get("/api/reports/matrix/" + UUID.randomUUID());
        assertThat(employee.status()).isEqualTo(403);
    }

    @Test
    void anUnknownCampaignIsA404AndABadLevelOrIdA400Problem() {
        ApiClient.Response unknown = api.get("/api/reports/matrix/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();

        ApiClient.Response badLevel = api.get("/api/reports/matrix/" + UUID.randomUUID() + "?level=CEO");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.isProblem()).isTrue();

        ApiClient.Response badId = api.get("/api/reports/matrix/not-a-campaign");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.isProblem()).isTrue();
    }

    @Test
    void hostileParametersAreRefusedAsProblemsNeverAServerError() {
        List<String> hostile = List.of("", " ", "-1", "0", "99999999999999999999999", "1e10000000", "1.5", "null", "true",
                "TOP_MANAGEMENT'--", "<script>alert(1)</script>", "../../etc/passwd", "%00", "\u0000", "x".repeat(5_000),
                "{\"$gt\":\"\"}", "top_management", "ЯЯЯ");
        List<String> urls = new ArrayList<>();
        for (String value : hostile) {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            urls.add("/api/reports/matrix/" + UUID.randomUUID() + "?level=" + encoded);
            urls.add("/api/reports/matrix/" + encoded);
            urls.add("/api/reports/who-sewed-the-suit?year=" + encoded);
            urls.add("/api/reports/who-sewed-the-suit?year=2026&quarter=" + encoded);
        }
        for (String url : urls) {
            ApiClient.Response response = api.get(url);

            if (url.endsWith("quarter=") || url.endsWith("quarter=+")) {
                // An empty or blank optional parameter is an absent one: the whole year.
                assertThat(response.status()).as(url).isEqualTo(200);
                continue;
            }
            assertThat(response.status()).as(url).isIn(400, 404);
            boolean answeredByTheApplication = url.contains("?") || response.contentType() != null && response.contentType().contains("json");
            if (answeredByTheApplication) {
                // Some paths (an encoded slash or NUL) are refused by the server's firewall before the application sees
                // them, with a plain 400, as on every service; everything the application answers is a problem.
                assertThat(response.isProblem()).as(url).isTrue();
            }
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheMatrixAndSuitReports() {
        ApiClient.Response document = ApiClient.localPort(port).anonymous().get("/v3/api-docs");
        JsonNode paths = document.json().get("paths");

        assertThat(paths.has("/api/reports/matrix")).isTrue();
        assertThat(paths.get("/api/reports/matrix/{campaignId}").get("get").get("parameters").toString()).contains("level", "campaignId");
        assertThat(paths.get("/api/reports/who-sewed-the-suit").get("get").get("parameters").toString()).contains("year", "quarter");
        OpenApiContract.assertConforms(document.body());
    }

    private static JsonNode reason(JsonNode suit, String code) {
        for (JsonNode reason : suit.get("reasons")) {
            if (reason.get("reason").asString().equals(code)) {
                return reason;
            }
        }
        throw new AssertionError("no reason " + code + " in " + suit);
    }

    private static JsonNode campaignIn(JsonNode list, String campaign) {
        for (JsonNode each : list) {
            if (each.get("campaignId").asString().equals(campaign)) {
                return each;
            }
        }
        throw new AssertionError("no campaign " + campaign + " in " + list);
    }

    /** The sample's campaign, its task contract-fulfilment linked to staff attitude as well. */
    private static GoldenSample opened(String campaign, Instant openedAt) {
        GoldenSample sample = sample(SurveyEvents.SURVEY_CAMPAIGN_OPENED_V1, campaign);
        ObjectNode payload = (ObjectNode) JSON.readTree(sample.payload());
        payload.put("openedAt", openedAt.toString());
        ((ArrayNode) payload.get("tasks").get(0).get("reasons")).add("STAFF_ATTITUDE");
        return new GoldenSample(campaign, sample.headers(), JSON.writeValueAsString(payload));
    }

    /** A response; cells as "task/department=R …", each cell once, of the sample campaign's tasks and departments. */
    private static GoldenSample submitted(String campaign, String level, String department, String marks) {
        GoldenSample sample = sample(SurveyEvents.SURVEY_SUBMITTED_V1, campaign);
        ObjectNode payload = (ObjectNode) JSON.readTree(sample.payload());
        payload.put("responseId", UUID.randomUUID().toString());
        payload.put("level", level);
        payload.put("department", department);
        ArrayNode cells = payload.putArray("cells");
        for (String mark : marks.split(" ")) {
            String[] cell = mark.split("[/=]");
            cells.addObject().put("task", cell[0]).put("department", cell[1]).put("mark", cell[2]);
        }
        return new GoldenSample(campaign, sample.headers(), JSON.writeValueAsString(payload));
    }

    private static GoldenSample closed(String campaign, int submitted, GoldenSample opened) {
        GoldenSample sample = sample(SurveyEvents.SURVEY_CAMPAIGN_CLOSED_V1, campaign);
        ObjectNode payload = (ObjectNode) JSON.readTree(sample.payload());
        payload.put("submitted", submitted);
        payload.put("closedAt", Instant.parse(JSON.readTree(opened.payload()).get("openedAt").asString()).plusSeconds(3_600).toString());
        return new GoldenSample(campaign, sample.headers(), JSON.writeValueAsString(payload));
    }

    private static GoldenSample sample(org.atelier.events.envelope.EventType type, String campaign) {
        GoldenSample sample = GoldenSample.load(SurveyEvents.sampleResource(type)).withHeader("ce_id", UUID.randomUUID().toString())
                .withHeader("ce_subject", campaign).withPayloadField("campaignId", campaign);
        return new GoldenSample(campaign, sample.headers(), sample.payload());
    }

    private static void publish(GoldenSample sample) {
        writer.send(SURVEY, sample.key(), sample.headers(), sample.payload());
    }

    private JsonNode matrix(String campaign, String query) {
        ApiClient.Response response = api.get("/api/reports/matrix/" + campaign + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return withoutFreshness(response.json());
    }

    private JsonNode suit(int year, int quarter) {
        ApiClient.Response response = api.get("/api/reports/who-sewed-the-suit?year=" + year + "&quarter=" + quarter);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return withoutFreshness(response.json());
    }

    private JsonNode campaigns() {
        ApiClient.Response response = api.get("/api/reports/matrix");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("campaigns");
    }


    /** The report's own figures: its freshness member moves with every event the service reads, whatever the report. */
    private static JsonNode withoutFreshness(JsonNode report) {
        if (report instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove("freshness");
        }
        return report;
    }
}
