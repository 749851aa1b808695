package org.atelier.loyalty.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.TaxId;
import org.atelier.loyalty.customer.TaxIdTaken;
import java.util.List;
import java.util.stream.Stream;
import org.atelier.loyalty.events.LoyaltyEvents;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.EventSchemas;
import org.atelier.testsupport.EventTopicReader;
import org.atelier.testsupport.EventTopicReader.PublishedRecord;
import org.atelier.testsupport.ServiceBasics;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_customer_api_it",
        "atelier.topics.loyalty=" + CustomerApiIT.TOPIC})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerApiIT {

    static final String TOPIC = "it.customer-api.loyalty.events";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Customers customers;

    private ApiClient api;
    private EventTopicReader topic;

    @BeforeAll
    void openTopic() {
        topic = new EventTopicReader(TOPIC);
    }

    @AfterAll
    void closeTopic() {
        topic.close();
    }

    @BeforeEach
    void client() {
        api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
    }

    @Test
    void registeringAndLosingACustomerPublishesEachEventOnceSchemaValidAndKeyedByCustomer() {
        String id = register("Northwind Trading", "KEY");
        ApiClient.Response lost = api.postJson("/api/customers/" + id + "/loss", """
                {"competitor":"Rival Textiles","lostOn":"2026-03-14","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]},
                  {"code":"PRICE_AND_DISCOUNTS","primary":false,"departmentsAtFault":[]}],"note":"late twice"}""");

        assertThat(lost.status()).isEqualTo(200);
        assertThat(lost.json().get("status").asString()).isEqualTo("LOST");
        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> ofCustomer(id), records -> records.size() >= 2);
        assertThat(events).extracting(record -> record.header("ce_type"))
                .containsExactly("org.atelier.loyalty.CustomerRegistered.v1", "org.atelier.loyalty.CustomerLost.v1");
        for (PublishedRecord event : events) {
            assertThat(event.key()).isEqualTo(id);
            assertThat(event.header("ce_subject")).isEqualTo(id);
            assertThat(event.header("ce_source")).isEqualTo("/atelier/loyalty");
            assertThat(event.header("ce_specversion")).isEqualTo("1.0");
            assertThat(event.header("ce_id")).isNotBlank();
            String schema = event.header("ce_type").contains("CustomerLost")
                    ? LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_LOST_V1)
                    : LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_REGISTERED_V1);
            assertThat(EventSchemas.violations(schema, event.payload())).isEmpty();
        }
        assertThat(api.get("/api/customers/" + id).json().get("loss").get("competitor").asString()).isEqualTo("Rival Textiles");
        assertThat(mongo.getCollection("customers").find(new org.bson.Document("_id", id)).first().getList("outbox", Object.class))
                .as("published events leave the outbox").isEmpty();
    }

    @Test
    void aHeadOfSalesReversesAMistakenPurchaseAndWithdrawsAMistakenLossBothPublishedAndKeptWithWhoAndWhy() {
        String id = register("Mistake Mills", "KEY");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString();
        ApiClient.Response bought = purchase(id, today);
        String purchaseId = bought.json().get("purchases").get(0).get("purchaseId").asString();
        ApiClient salesHead = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE", "DEPARTMENT_HEAD")
                .subject("sales-head").signed());
        String reversalPath = "/api/customers/" + id + "/purchases/" + purchaseId + "/reversal";

        assertThat(api.postJson(reversalPath, "{\"reason\":\"Wrong customer\"}").status()).as("not the employee who entered it").isEqualTo(403);
        assertThat(salesHead.postJson(reversalPath, "{\"reason\":\"\"}").status()).isEqualTo(400);
        ApiClient.Response reversed = salesHead.postJson(reversalPath, "{\"reason\":\"Wrong customer\"}");
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(200);
        assertThat(reversed.json().get("purchases").get(0).get("reversed").asBoolean()).isTrue();
        assertThat(reversed.json().get("purchaseReversals").get(0).get("reversedBy").asString()).isEqualTo("sales-head");
        assertThat(reversed.json().get("purchaseReversals").get(0).get("pointsTakenBack").asLong()).isEqualTo(1_250);
        assertThat(reversed.json().get("points").get("spendable").asLong()).isZero();
        assertThat(salesHead.postJson(reversalPath, "{\"reason\":\"Again\"}").status()).isEqualTo(400);

        assertThat(api.postJson("/api/customers/" + id + "/loss", """
                {"competitor":"Rival","reasons":[{"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":[]}]}""").status()).isEqualTo(200);
        ApiClient.Response withdrawn = salesHead.postJson("/api/customers/" + id + "/loss/withdrawal", "{\"reason\":\"Wrong card\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(withdrawn.json().get("withdrawnLosses").get(0).get("loss").get("competitor").asString()).isEqualTo("Rival");
        assertThat(withdrawn.json().get("withdrawnLosses").get(0).get("reason").asString()).isEqualTo("Wrong card");
        assertThat(salesHead.postJson("/api/customers/" + id + "/loss/withdrawal", "{\"reason\":\"Again\"}").status()).isEqualTo(400);
        JsonNode stored = api.get("/api/customers/" + id).json();
        assertThat(stored.get("purchaseReversals").get(0).get("reason").asString()).isEqualTo("Wrong customer");
        assertThat(stored.get("purchases").get(0).get("reversed").asBoolean()).isTrue();
        assertThat(stored.get("withdrawnLosses").get(0).get("withdrawnBy").asString()).isEqualTo("sales-head");
        assertThat(stored.get("loss").isNull()).isTrue();

        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30)).until(() -> ofCustomer(id),
                records -> records.stream().anyMatch(record -> record.header("ce_type").endsWith("LossWithdrawn.v1")));
        for (PublishedRecord event : events) {
            String type = event.header("ce_type");
            if (type.endsWith("PurchaseReversed.v1") || type.endsWith("LossWithdrawn.v1")) {
                String schema = type.endsWith("PurchaseReversed.v1") ? LoyaltyEvents.schemaResource(LoyaltyEvents.PURCHASE_REVERSED_V1)
                        : LoyaltyEvents.schemaResource(LoyaltyEvents.LOSS_WITHDRAWN_V1);
                assertThat(EventSchemas.violations(schema, event.payload())).isEmpty();
                assertThat(event.key()).isEqualTo(id);
            }
        }
        assertThat(events).extracting(record -> record.header("ce_type").replace("org.atelier.loyalty.", ""))
                .containsSubsequence("PurchaseReversed.v1", "CustomerLost.v1", "LossWithdrawn.v1");
    }

    @Test
    void aCompetitorOfTenThousandCharactersAndDepartmentsWithoutStaffAttitudeAreRefusedNamingTheirFields() {
        String id = register("Long Names Ltd", "REGULAR");

        ApiClient.Response longCompetitor = api.postJson("/api/customers/" + id + "/loss", """
                {"competitor":"%s","reasons":[{"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":[]}]}""".formatted("x".repeat(10_000)));
        ApiClient.Response departments = api.postJson("/api/customers/" + id + "/loss", """
                {"competitor":"Rival","reasons":[{"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":["logistics"]}]}""");

        assertThat(longCompetitor.status()).isEqualTo(400);
        assertThat(longCompetitor.body()).contains("competitor");
        assertThat(departments.status()).isEqualTo(400);
        assertThat(departments.json().get("errors").get(0).get("field").asString()).isEqualTo("departmentsAtFault");
        assertThat(api.get("/api/customers/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void purchasesOverTwoYearsMakeACustomerLoyalAndABuyAfterALossRegainsIt() {
        String id = register("Baltic Linen Works", "KEY");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        assertThat(purchase(id, today.minusYears(1).toString()).status()).isEqualTo(201);
        ApiClient.Response second = purchase(id, today.toString());
        assertThat(second.json().get("loyal").asBoolean()).isTrue();
        assertThat(api.postJson("/api/customers/" + id + "/loss", """
                {"competitor":"Rival","lostOn":"%s","reasons":[{"code":"PAYMENT_TERMS","primary":true,"departmentsAtFault":[]}]}""".formatted(today))
                .status()).isEqualTo(200);
        ApiClient.Response back = purchase(id, today.toString());
        assertThat(back.json().get("status").asString()).isEqualTo("ACTIVE");

        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> ofCustomer(id), records -> records.size() >= 12);
        assertThat(events).extracting(record -> record.header("ce_type").replace("org.atelier.loyalty.", "")).containsExactly(
                "CustomerRegistered.v1", "PurchaseRecorded.v1", "PointsAccrued.v1", "PurchaseRecorded.v1", "PointsAccrued.v1",
                "CustomerBecameLoyal.v1", "CustomerLost.v1", "CustomerLoyaltyLapsed.v1", "PurchaseRecorded.v1", "PointsAccrued.v1",
                "CustomerRegained.v1",
                // back, and with purchases in this year and the last it is loyal again at once
                "CustomerBecameLoyal.v1");
        for (PublishedRecord event : events) {
            assertThat(event.key()).isEqualTo(id);
            var type = org.atelier.events.envelope.EventType.parse(event.header("ce_type"));
            assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(type), event.payload())).as(type.toString()).isEmpty();
        }
        assertThat(events).extracting(record -> record.header("ce_id")).doesNotHaveDuplicates();
    }

    @Test
    void pointsAreEarnedSpentAndRewardsGrantedEachPublishedOnceSchemaValidAndKeyedByCustomer() {
        String id = register("Volga Mills", "KEY");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        // 1 point per full 100.00 RUB by default: 5 000 000.00 RUB earns 50 000 points, tier Platinum.
        ApiClient.Response bought = api.postJson("/api/customers/" + id + "/purchases",
                "{\"amountMinor\":500000000,\"currency\":\"RUB\",\"date\":\"" + today + "\",\"contractReference\":\"C-77\"}");
        assertThat(bought.json().get("points").get("spendable").asLong()).isEqualTo(50_000);

        ApiClient.Response redeemed = api.postJson("/api/customers/" + id + "/redemptions", "{\"points\":30000,\"reference\":\"INV-9\"}");
        ApiClient.Response rewarded = api.postJson("/api/customers/" + id + "/rewards",
                "{\"reward\":\"Visit to the plant\",\"grantedOn\":\"" + today + "\",\"reason\":\"Ten years together\"}");

        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(201);
        JsonNode points = redeemed.json().get("points");
        assertThat(points.get("spendable").asLong()).isEqualTo(20_000);
        assertThat(points.get("tierPoints").asLong()).as("spending leaves tier points alone").isEqualTo(50_000);
        assertThat(points.get("tier").asString()).isEqualTo("Platinum");
        assertThat(points.get("redemptions").get(0).get("valueMinor").asLong()).isEqualTo(3_000_000);
        assertThat(rewarded.status()).isEqualTo(201);
        assertThat(rewarded.json().get("rewards").get(0).get("reward").asString()).isEqualTo("Visit to the plant");

        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30))
                .until(() -> ofCustomer(id), records -> records.size() >= 5);
        assertThat(events).extracting(record -> record.header("ce_type").replace("org.atelier.loyalty.", "")).containsExactly(
                "CustomerRegistered.v1", "PurchaseRecorded.v1", "PointsAccrued.v1", "PointsRedeemed.v1", "RewardGranted.v1");
        for (PublishedRecord event : events) {
            assertThat(event.key()).isEqualTo(id);
            var type = org.atelier.events.envelope.EventType.parse(event.header("ce_type"));
            assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(type), event.payload())).as(type.toString()).isEmpty();
        }
        assertThat(events.get(3).payload()).contains("\"spendableBalance\":20000").contains("\"valueMinor\":3000000");
    }

    @Test
    void aCorrectedProfileIsPublishedOnceSchemaValidAndTheSameProfileAgainPublishesNothing() {
        String id = register("Onega Paper Mill", "KEY");
        String profile = "{\"name\":\"Onega Paper\",\"taxId\":\"5001007329\",\"region\":\"Karelia\",\"accountManager\":\"sales-head\","
                + "\"department\":\"sales\",\"cooperationSince\":\"2019-04-01\"}";

        ApiClient.Response edited = api.put("/api/customers/" + id + "/profile", profile);
        ApiClient.Response again = api.put("/api/customers/" + id + "/profile", profile);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("name").asString()).isEqualTo("Onega Paper");
        assertThat(edited.json().get("profile").get("region").asString()).isEqualTo("Karelia");
        assertThat(again.json().get("profileChanges").size()).isEqualTo(1);
        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30)).until(() -> ofCustomer(id), records -> records.size() >= 2);
        assertThat(events).extracting(record -> record.header("ce_type").replace("org.atelier.loyalty.", ""))
                .containsExactly("CustomerRegistered.v1", "CustomerProfileChanged.v1");
        assertThat(events.get(1).key()).isEqualTo(id);
        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CUSTOMER_PROFILE_CHANGED_V1), events.get(1).payload()))
                .isEmpty();
        assertThat(events.get(1).payload()).contains("\"changedFields\":[\"name\",\"taxId\",\"region\",\"accountManager\",\"department\",\"cooperationSince\"]");
    }

    @Test
    void badProfilesGetAProblemAndChangeNothing() {
        String id = register("Pskov Linen", "REGULAR");
        String valid = "{\"name\":\"Pskov Linen\",\"taxId\":\"7707083893\",\"department\":\"sales\",\"cooperationSince\":\"2019-04-01\"}";

        for (String body : List.of(valid.replace("7707083893", "7707083894"), valid.replace("\"sales\"", "\"nowhere\""),
                valid.replace("\"Pskov Linen\"", "\" \""), valid.replace("2019-04-01", "2999-01-01"), valid.replace("2019-04-01", "yesterday"),
                "{\"taxId\":\"7707083893\"}", "[]")) {
            ApiClient.Response response = api.put("/api/customers/" + id + "/profile", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.isProblem()).as(body).isTrue();
        }
        assertThat(mongo.getCollection("customers").find(new org.bson.Document("_id", id)).first().getLong("version")).isEqualTo(1L);
    }

    @Test
    void badRedemptionsAndRewardsGetAProblemAndChangeNothing() {
        String id = register("Kama Fabrics", "REGULAR");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        purchase(id, today.toString());
        long version = mongo.getCollection("customers").find(new org.bson.Document("_id", id)).first().getLong("version");

        for (String body : List.of("{\"points\":1251,\"reference\":\"INV-1\"}", "{\"points\":0,\"reference\":\"INV-1\"}",
                "{\"points\":1.5,\"reference\":\"INV-1\"}", "{\"points\":10}", "{\"points\":10,\"reference\":\"" + "x".repeat(101) + "\"}",
                "{\"points\":\"many\",\"reference\":\"INV-1\"}")) {
            ApiClient.Response response = api.postJson("/api/customers/" + id + "/redemptions", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.isProblem()).as(body).isTrue();
        }
        for (String body : List.of("{\"reward\":\" \",\"grantedOn\":\"" + today + "\",\"reason\":\"why\"}",
                "{\"reward\":\"Gift\",\"grantedOn\":\"" + today.plusYears(2) + "\",\"reason\":\"why\"}",
                "{\"reward\":\"Gift\",\"grantedOn\":\"someday\",\"reason\":\"why\"}",
                "{\"reward\":\"Gift\",\"grantedOn\":\"" + today + "\"}")) {
            ApiClient.Response response = api.postJson("/api/customers/" + id + "/rewards", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.isProblem()).as(body).isTrue();
        }
        JsonNode customer = api.get("/api/customers/" + id).json();
        assertThat(customer.get("points").get("spendable").asLong()).isEqualTo(1_250);
        assertThat(customer.get("rewards").size()).isZero();
        assertThat(mongo.getCollection("customers").find(new org.bson.Document("_id", id)).first().getLong("version")).isEqualTo(version);
    }

    @Test
    void aCustomerIsRegisteredWithItsProfileAndItsSignificanceHistoryIsKept() {
        ApiClient.Response registered = api.postJson("/api/customers", """
                {"name":"Volga Uniforms","significance":"REGULAR","taxId":"7712345671","segment":"Workwear","region":"Samara",
                 "accountManager":"sales-staff","department":"sales","cooperationSince":"2016-04-01"}""");
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(registered.json().get("profile").get("taxId").asString()).isEqualTo("7712345671");
        ApiClient salesHead = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE", "DEPARTMENT_HEAD").subject("sales-head").signed());

        ApiClient.Response changed = salesHead.postJson("/api/customers/" + id + "/significance",
                "{\"significance\":\"KEY\",\"reason\":\"Framework contract signed\"}");

        assertThat(changed.status()).isEqualTo(200);
        JsonNode history = changed.json().get("significanceHistory").get(0);
        assertThat(history.get("changedBy").asString()).isEqualTo("sales-head");
        assertThat(history.get("from").asString()).isEqualTo("REGULAR");
        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30)).until(() -> ofCustomer(id), records -> records.size() >= 2);
        assertThat(events.get(1).header("ce_type")).isEqualTo("org.atelier.loyalty.CustomerSignificanceChanged.v1");
        for (PublishedRecord event : events) {
            var type = org.atelier.events.envelope.EventType.parse(event.header("ce_type"));
            assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(type), event.payload())).isEmpty();
        }
        assertThat(events.get(0).payload()).contains("\"segment\":\"Workwear\"");
    }

    @Test
    void joiningTheClubMakesACustomerLoyalAndPublishesBothChanges() {
        String id = register("Club Member Ltd", "REGULAR");

        ApiClient.Response joined = api.postJson("/api/customers/" + id + "/club", "{\"member\":true}");

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().get("clubMember").asBoolean()).isTrue();
        assertThat(joined.json().get("loyal").asBoolean()).isTrue();
        assertThat(api.postJson("/api/customers/" + id + "/club", "{\"member\":true}").status()).isEqualTo(400);
        assertThat(api.postJson("/api/customers/" + id + "/club", "{}").status()).isEqualTo(400);
        List<PublishedRecord> events = await().atMost(Duration.ofSeconds(30)).until(() -> ofCustomer(id), records -> records.size() >= 3);
        assertThat(events).extracting(record -> record.header("ce_type").replace("org.atelier.loyalty.", ""))
                .containsExactly("CustomerRegistered.v1", "ClubMembershipChanged.v1", "CustomerBecameLoyal.v1");
        assertThat(EventSchemas.violations(LoyaltyEvents.schemaResource(LoyaltyEvents.CLUB_MEMBERSHIP_CHANGED_V1), events.get(1).payload())).isEmpty();
    }

    @Test
    void theListIsSearchedAndFilteredAndSearchTextIsNeverAPattern() {
        String marker = "Zq" + System.nanoTime();
        String key = register(marker + " Key Works", "KEY");
        register(marker + " Regular Works", "REGULAR");
        register("Other (" + marker + ".*)", "REGULAR");

        assertThat(api.get("/api/customers?q=" + marker.toLowerCase() + "&size=50").json().get("total").asInt()).isEqualTo(3);
        JsonNode keyOnly = api.get("/api/customers?q=" + marker + "&significance=KEY").json();
        assertThat(keyOnly.get("total").asInt()).isEqualTo(1);
        assertThat(keyOnly.get("items").get(0).get("id").asString()).isEqualTo(key);
        assertThat(api.get("/api/customers?q=" + marker + ".*").json().get("total").asInt()).as("regex characters match literally").isEqualTo(1);
        assertThat(api.get("/api/customers?q=" + marker + "&status=LOST").json().get("total").asInt()).isZero();
        assertThat(api.get("/api/customers?significance=VIP").status()).isEqualTo(400);
    }

    @Test
    void aSecondCustomerOfTheSameNameIsAWarningListingTheMatchesThatTheCallerMayOverride() {
        String marker = "Dup" + System.nanoTime();
        String first = register(marker + " Trading", "KEY");
        long before = mongo.getCollection("customers").countDocuments();

        ApiClient.Response warned = api.postJson("/api/customers", "{\"name\":\"  " + marker.toUpperCase() + "   trading \",\"significance\":\"KEY\"}");

        assertThat(warned.status()).as(warned.body()).isEqualTo(409);
        assertThat(warned.isProblem()).isTrue();
        assertThat(warned.json().get("field").asString()).isEqualTo("name");
        assertThat(warned.json().get("matches").get(0).get("customerId").asString()).isEqualTo(first);
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before);
        ApiClient.Response overridden = api.postJson("/api/customers",
                "{\"name\":\"" + marker + " trading\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}");
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
        register("Ромашка " + marker, "REGULAR");
        assertThat(api.postJson("/api/customers", "{\"name\":\"РОМАШКА " + marker + "\",\"significance\":\"KEY\"}").status())
                .as("Russian names are the same in any case too").isEqualTo(409);
        assertThat(api.get("/api/customers?q=" + java.net.URLEncoder.encode("ромашка " + marker.toLowerCase(), java.nio.charset.StandardCharsets.UTF_8)).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aTaxIdIsOneCustomersAndASecondIsRefusedEvenWhenTheNameIsAcknowledged() {
        String taxId = newTaxId();
        ApiClient.Response first = api.postJson("/api/customers", "{\"name\":\"Inn One\",\"significance\":\"KEY\",\"taxId\":\"" + taxId + "\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String other = register("Inn Other", "REGULAR");

        ApiClient.Response again = api.postJson("/api/customers", "{\"name\":\"Inn Two\",\"significance\":\"KEY\",\"taxId\":\""
                + taxId + "\",\"acknowledgeDuplicateName\":true}");
        ApiClient.Response edited = api.put("/api/customers/" + other + "/profile", "{\"name\":\"Inn Other\",\"taxId\":\"" + taxId + "\"}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("field").asString()).isEqualTo("taxId");
        assertThat(again.json().get("holder").get("customerId").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(edited.status()).as(edited.body()).isEqualTo(409);
        assertThat(api.get("/api/customers?q=" + taxId).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void twoCustomersOfOneTaxIdSavedAtOnceLeaveOneAndTheOtherIsRefusedAsATakenTaxId() {
        TaxId taxId = new TaxId(newTaxId());
        Instant now = Instant.now();
        CustomerProfile profile = new CustomerProfile(taxId, null, null, null, null, null);
        Customer first = Customer.register(CustomerId.newId(), "Race A " + taxId, Significance.KEY, profile, LocalDate.MAX, now);
        Customer second = Customer.register(CustomerId.newId(), "Race B " + taxId, Significance.KEY, profile, LocalDate.MAX, now);
        customers.save(first);

        // As if both had passed the use case's check before either was written.
        assertThatThrownBy(() -> customers.save(second)).isInstanceOf(TaxIdTaken.class);
        assertThat(customers.withTaxId(taxId)).map(Customer::id).contains(first.id());
    }

    @Test
    void theListFindsAnInnSortsOnTheShownColumnsIgnoresTheManagersCaseAndRefusesAPagePastTheLast() {
        String marker = "Srt" + System.nanoTime();
        String taxId = newTaxId();
        ApiClient.Response withInn = api.postJson("/api/customers", "{\"name\":\"" + marker + " Alpha\",\"significance\":\"REGULAR\",\"taxId\":\""
                + taxId + "\",\"accountManager\":\"Olga.Petrova\"}");
        assertThat(withInn.status()).as(withInn.body()).isEqualTo(201);
        String beta = register(marker + " Beta", "KEY");
        register(marker + " Gamma", "REGULAR");
        assertThat(purchase(beta, "2026-01-10").status()).isEqualTo(201);

        JsonNode byInn = api.get("/api/customers?q=" + taxId.substring(2, 9)).json();
        assertThat(byInn.get("total").asInt()).isEqualTo(1);
        assertThat(byInn.get("items").get(0).get("name").asString()).isEqualTo(marker + " Alpha");
        assertThat(api.get("/api/customers?manager=olga.PETROVA&q=" + marker).json().get("total").asInt()).isEqualTo(1);
        JsonNode descending = api.get("/api/customers?q=" + marker + "&sort=-name&size=2").json();
        assertThat(descending.get("items").get(0).get("name").asString()).isEqualTo(marker + " Gamma");
        assertThat(descending.get("total").asInt()).isEqualTo(3);
        assertThat(descending.get("lastPage").asInt()).isEqualTo(1);
        assertThat(descending.get("sort").asString()).isEqualTo("-name");
        assertThat(api.get("/api/customers?q=" + marker + "&sort=significance").json().get("items").get(0).get("name").asString())
                .isEqualTo(marker + " Beta");
        assertThat(api.get("/api/customers?q=" + marker + "&sort=-lastPurchase").json().get("items").get(0).get("name").asString())
                .isEqualTo(marker + " Beta");
        assertThat(api.get("/api/customers?q=" + marker + "&sort=lastPurchase").json().get("items").get(2).get("name").asString())
                .as("no purchase comes first").isEqualTo(marker + " Beta");
        ApiClient.Response pastTheLast = api.get("/api/customers?q=" + marker + "&page=99");
        assertThat(pastTheLast.status()).isEqualTo(400);
        assertThat(pastTheLast.body()).contains("page").contains("last page, 0");
        assertThat(api.get("/api/customers?q=nobody" + marker).json().get("total").asInt()).as("page 0 of nothing is no error").isZero();
        assertThat(api.get("/api/customers?sort=profile.taxId").status()).as("only the listed fields sort").isEqualTo(400);
    }

    /** A valid INN of an organisation that no other test uses. */
    private static String newTaxId() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        String digits = String.format("%09d", ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return digits + (sum % 11 % 10);
    }

    @Test
    void aBadProfileIsRefusedAndNothingIsWritten() {
        long before = mongo.getCollection("customers").countDocuments();

        for (String body : List.of("{\"name\":\"A\",\"significance\":\"KEY\",\"taxId\":\"7707083894\"}",
                "{\"name\":\"A\",\"significance\":\"KEY\",\"department\":\"astrology\"}",
                "{\"name\":\"A\",\"significance\":\"KEY\",\"cooperationSince\":\"2999-01-01\"}")) {
            ApiClient.Response response = api.postJson("/api/customers", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before);
    }

    @Test
    void badPurchasesGetAProblemAndChangeNothing() {
        String id = register("Ural Workwear", "REGULAR");
        String valid = "{\"amountMinor\":100,\"currency\":\"RUB\",\"date\":\"2026-01-10\",\"contractReference\":\"C-1\"}";

        for (String body : List.of(valid.replace("100", "0"), valid.replace("100", "1.5"), valid.replace("RUB", "XYZ"),
                valid.replace("2026-01-10", "2999-01-01"), valid.replace("C-1", ""), "{}")) {
            ApiClient.Response response = api.postJson("/api/customers/" + id + "/purchases", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(api.get("/api/customers/" + id).json().get("purchases").size()).isZero();
        assertThat(mongo.getCollection("customers").find(new org.bson.Document("_id", id)).first().getLong("version")).isEqualTo(1L);
    }

    @Test
    void aLostCustomerCannotBeLostAgain() {
        String id = register("Contoso", "REGULAR");
        String loss = """
                {"competitor":"Rival","lostOn":"2026-01-10","reasons":[{"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}]}""";
        assertThat(api.postJson("/api/customers/" + id + "/loss", loss).status()).isEqualTo(200);

        ApiClient.Response again = api.postJson("/api/customers/" + id + "/loss", loss);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> ofCustomer(id).size() == 2);
    }

    static Stream<Arguments> badRequests() {
        String valid = """
                {"competitor":"Rival","lostOn":"2026-01-10","reasons":[{"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}]}""";
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"competitor\":", 400, "not valid JSON"),
                Arguments.of("missing competitor", "application/json", valid.replace("\"competitor\":\"Rival\",", ""), 400, "competitor"),
                Arguments.of("unknown reason", "application/json", valid.replace("ASSORTMENT", "WEATHER"), 400, "WEATHER"),
                Arguments.of("staff attitude without a department", "application/json",
                        valid.replace("ASSORTMENT", "STAFF_ATTITUDE"), 400, "department"),
                Arguments.of("unknown department", "application/json",
                        valid.replace("ASSORTMENT", "STAFF_ATTITUDE").replace("[]", "[\"astrology\"]"), 400, "astrology"),
                Arguments.of("two primary reasons", "application/json", valid.replace("[]}]}", "[]},{\"code\":\"LOGISTICS\",\"primary\":true}]}"), 400, "primary"),
                Arguments.of("a date in the future", "application/json", valid.replace("2026-01-10", "2999-01-01"), 400, "future"),
                Arguments.of("an unparseable date", "application/json", valid.replace("2026-01-10", "yesterday"), 400, "lostOn"),
                Arguments.of("a server-owned field", "application/json", valid.replace("{\"competitor\"", "{\"status\":\"ACTIVE\",\"competitor\""), 400, "status"),
                Arguments.of("wrong content type", "text/plain", valid, 415, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badLossInputGetsAProblemAndChangesNothing(String description, String contentType, String body, int status, String mentions) {
        String id = register("Fabrikam " + description, "KEY");

        ApiClient.Response response = api.post("/api/customers/" + id + "/loss", contentType, body);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.isProblem()).as("problem+json").isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        if (mentions != null) {
            assertThat(problem.get("detail").asString()).containsIgnoringCase(mentions);
        }
        assertThat(api.get("/api/customers/" + id).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(mongo.getCollection("customers").find(new org.bson.Document("_id", id)).first().getLong("version")).isEqualTo(1L);
    }

    @Test
    void anUnknownCustomerIsNotFoundAndNothingIsWritten() {
        long before = mongo.getCollection("customers").countDocuments();
        String loss = """
                {"competitor":"Rival","reasons":[{"code":"ASSORTMENT","primary":true}]}""";

        for (String id : List.of("6f1c1a9e-0000-4000-8000-000000000000", "no-such-id", "'%20OR%201=1")) {
            ApiClient.Response response = api.postJson("/api/customers/" + id + "/loss", loss);
            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(api.get("/api/customers/" + id).status()).isEqualTo(404);
        }
        ApiClient.Response traversal = api.postJson("/api/customers/%2e%2e/loss", loss);
        assertThat(traversal.status()).as("an encoded path traversal is rejected outright").isEqualTo(400);
        assertThat(traversal.isProblem()).isTrue();
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before);
    }

    @Test
    void badRegistrationsGetAProblemAndWriteNothing() {
        long before = mongo.getCollection("customers").countDocuments();

        assertThat(api.postJson("/api/customers", "{\"name\":\"\",\"significance\":\"KEY\"}").status()).isEqualTo(400);
        assertThat(api.postJson("/api/customers", "{\"name\":\"A\",\"significance\":\"VIP\"}").json().get("detail").asString())
                .contains("KEY, REGULAR");
        assertThat(api.postJson("/api/customers", "{\"name\":\"A\"}").status()).isEqualTo(400);
        assertThat(api.postJson("/api/customers", "{\"id\":\"mine\",\"name\":\"A\",\"significance\":\"KEY\"}").status()).isEqualTo(400);
        assertThat(api.postJson("/api/customers", "[]").status()).isEqualTo(400);
        assertThat(api.post("/api/customers", "application/xml", "<customer/>").status()).isEqualTo(415);
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before);
    }

    @Test
    void unknownRoutesAndBadParametersAreProblemsToo() {
        ApiClient.Response unknown = api.get("/api/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();

        ApiClient.Response badPage = api.get("/api/customers?page=-1");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.isProblem()).isTrue();

        ApiClient.Response notANumber = api.get("/api/customers?size=lots");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.json().get("detail").asString()).contains("size");
    }

    @Test
    void healthOpenApiMetricsAndProblemDetailsAreExposed() {
        ServiceBasics.assertBasicsExposed(api);
        assertThat(api.get("/v3/api-docs").json().get("paths").has("/api/customers/{id}/loss")).isTrue();
        assertThat(api.get("/actuator/prometheus", "text/plain").body()).contains("atelier_outbox_published");
    }

    private String register(String name, String significance) {
        // Several tests share a name on this database: they acknowledge it, as a person registering another company would.
        ApiClient.Response response = api.postJson("/api/customers",
                "{\"name\":\"" + name + "\",\"significance\":\"" + significance + "\",\"acknowledgeDuplicateName\":true}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private ApiClient.Response purchase(String id, String date) {
        return api.postJson("/api/customers/" + id + "/purchases",
                "{\"amountMinor\":12500000,\"currency\":\"RUB\",\"date\":\"" + date + "\",\"contractReference\":\"C-" + date + "\"}");
    }

    private List<PublishedRecord> ofCustomer(String id) {
        return topic.poll().stream().filter(record -> id.equals(record.key())).toList();
    }
}
