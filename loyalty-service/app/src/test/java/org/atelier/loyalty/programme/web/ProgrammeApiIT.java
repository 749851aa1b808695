package org.atelier.loyalty.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_programme_api_it",
        "atelier.topics.loyalty=" + ProgrammeApiIT.TOPIC})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeApiIT {

    static final String TOPIC = "it.programme-api.loyalty.events";

    /** 2 points per full 50.00 RUB, a point worth 0.50 RUB, 6 months to spend, tiers over 3 months. */
    private static final String REVISED = """
            {"currency":"RUB","accrualPoints":2,"accrualStepMinorUnits":5000,"pointValueMinorUnits":50,
             "pointsExpireAfterMonths":6,"tierWindowMonths":3,
             "tiers":[{"name":"Gold","thresholdPoints":400,"discountPercent":7},{"name":"Start","thresholdPoints":0,"discountPercent":1}]}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private EventTopicReader topic;
    private ApiClient marketing;

    @BeforeAll
    void openTopic() {
        topic = new EventTopicReader(TOPIC);
    }

    @AfterAll
    void closeTopic() {
        topic.close();
    }

    @BeforeEach
    void freshProgramme() {
        mongo.getCollection("loyalty_programme").deleteMany(new Document());
        marketing = ApiClient.localPort(port).withToken(TestIdentityProvider.user("marketing", "EMPLOYEE").subject("marketing-staff").signed());
    }

    @Test
    void untilMarketingRevisesItTheDefaultsApply() {
        ApiClient.Response current = ApiClient.localPort(port).withToken(TestIdentityProvider.user("logistics", "EMPLOYEE").signed())
                .get("/api/loyalty-programme");

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("terms").get("accrualStepMinorUnits").asLong()).isEqualTo(10_000);
        assertThat(current.json().get("terms").get("tiers").size()).isEqualTo(4);
        assertThat(current.json().get("revisedBy").isNull()).isTrue();
    }

    @Test
    void marketingRevisesTheProgrammeOnceSchemaValidAndPurchasesEarnUnderTheNewTerms() {
        ApiClient.Response revised = marketing.put("/api/loyalty-programme", REVISED);

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("terms").get("tiers").get(0).get("name").asString()).as("lowest first").isEqualTo("Start");
        assertThat(revised.json().get("revisedBy").asString()).isEqualTo("marketing-staff");

        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30)).until(
                () -> topic.poll().stream().filter(record -> record.header("ce_type").contains("LoyaltyProgrammeRevised")).toList(),
                records -> !records.isEmpty());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).key()).isEqualTo("loyalty-programme");
        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.LOYALTY_PROGRAMME_REVISED_V1), events.get(0).payload()))
                .isEmpty();

        ApiClient sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        String id = sales.postJson("/api/customers", "{\"name\":\"Onega Paper\",\"significance\":\"KEY\"}").json().get("id").asString();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ApiClient.Response bought = sales.postJson("/api/customers/" + id + "/purchases",
                "{\"amountMinor\":1009999,\"currency\":\"RUB\",\"date\":\"" + today + "\",\"contractReference\":\"C-1\"}");
        // 10 099.99 RUB holds 201 full steps of 50.00 RUB, 2 points each.
        assertThat(bought.json().get("points").get("spendable").asLong()).isEqualTo(402);
        assertThat(bought.json().get("points").get("tier").asString()).isEqualTo("Gold");
        assertThat(bought.json().get("points").get("accruals").get(0).get("expiresOn").asString()).isEqualTo(today.plusMonths(6).toString());
        ApiClient.Response redeemed = sales.postJson("/api/customers/" + id + "/redemptions", "{\"points\":100,\"reference\":\"INV-1\"}");
        assertThat(redeemed.json().get("points").get("redemptions").get(0).get("valueMinor").asLong()).isEqualTo(5_000);
    }

    @Test
    void badTermsGetAProblemNamingTheFieldAndChangeNothing() {
        List<Map.Entry<String, String>> fieldAndBody = List.of(
                Map.entry("tiers", REVISED.replace("\"discountPercent\":1}", "\"discountPercent\":9}")),
                Map.entry("tierWindowMonths", REVISED.replace("\"tierWindowMonths\":3", "\"tierWindowMonths\":0")),
                Map.entry("currency", REVISED.replace("\"RUB\"", "\"ZZZ\"")),
                Map.entry("accrualPoints", REVISED.replace("\"accrualPoints\":2", "\"accrualPoints\":2.5")),
                Map.entry("pointValueMinorUnits", REVISED.replace("\"pointValueMinorUnits\":50", "\"pointValueMinorUnits\":-1")),
                Map.entry("tiers", REVISED.replaceAll("(?s)\"tiers\":\\[.*]", "\"tiers\":[]")));
        for (Map.Entry<String, String> bad : fieldAndBody) {
            ApiClient.Response response = marketing.put("/api/loyalty-programme", bad.getValue());
            assertThat(response.status()).as(bad.getValue()).isEqualTo(400);
            assertThat(response.isProblem()).as(bad.getValue()).isTrue();
            assertThat(response.body()).as(bad.getValue()).contains(bad.getKey());
        }
        assertThat(mongo.getCollection("loyalty_programme").countDocuments()).isZero();
    }

    @Test
    void theCurrencyStaysWhileCustomersHoldPointsEarnedInIt() {
        ApiClient sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        String id = sales.postJson("/api/customers", "{\"name\":\"Ladoga Glass\",\"significance\":\"REGULAR\"}").json().get("id").asString();
        sales.postJson("/api/customers/" + id + "/purchases", "{\"amountMinor\":100000,\"currency\":\"RUB\",\"date\":\""
                + LocalDate.now(ZoneOffset.UTC) + "\",\"contractReference\":\"C-EUR\"}");

        ApiClient.Response response = marketing.put("/api/loyalty-programme", REVISED.replace("\"RUB\"", "\"EUR\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).contains("currency").contains("stays RUB while customers hold points");
        assertThat(mongo.getCollection("loyalty_programme").countDocuments()).isZero();
    }

    @Test
    void theOpenApiDocumentCoversTheProgrammePointsAndRewardsButNotPages() {
        var paths = ApiClient.localPort(port).anonymous().get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/loyalty-programme")).isTrue();
        assertThat(paths.has("/api/customers/{id}/redemptions")).isTrue();
        assertThat(paths.has("/api/customers/{id}/rewards")).isTrue();
        assertThat(paths.has("/error")).isFalse();
        assertThat(paths.has("/customers")).isFalse();
    }

    @Test
    void onlyMarketingRevisesTheProgramme() {
        for (String[] caller : List.of(new String[] {"sales", "EMPLOYEE"}, new String[] {"sales", "EMPLOYEE", "DEPARTMENT_HEAD"},
                new String[] {"finance", "FINANCE"}, new String[] {"top-management", "MANAGEMENT"}, new String[] {"marketing"})) {
            String[] roles = java.util.Arrays.copyOfRange(caller, 1, caller.length);
            ApiClient.Response response = ApiClient.localPort(port).withToken(TestIdentityProvider.user(caller[0], roles).signed())
                    .put("/api/loyalty-programme", REVISED);
            assertThat(response.status()).as(String.join(" ", caller)).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
        }
        for (String token : TestIdentityProvider.tokensToRefuse("marketing", "EMPLOYEE").values()) {
            assertThat(ApiClient.localPort(port).withToken(token).put("/api/loyalty-programme", REVISED).status()).isEqualTo(401);
        }
        assertThat(ApiClient.localPort(port).anonymous().get("/api/loyalty-programme").status()).isEqualTo(401);
        assertThat(mongo.getCollection("loyalty_programme").countDocuments()).isZero();
    }
}
