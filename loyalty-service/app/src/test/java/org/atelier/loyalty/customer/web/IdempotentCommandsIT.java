package org.atelier.loyalty.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A client that retries a command (its timeout, a lost response) with the same {@code Idempotency-Key} gets the
 * first response again, and the command takes effect once.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_idempotent_commands_it",
        "atelier.topics.loyalty=it.idempotent-commands.loyalty.events"})
class IdempotentCommandsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ApiClient sales;
    private String customerId;

    @BeforeEach
    void oneCustomer() {
        sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").subject("sales-person").signed());
        customerId = sales.postJson("/api/customers", "{\"name\":\"Onega Paper\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}").json().get("id").asString();
    }

    @Test
    void aRetriedPurchaseWithTheSameKeyIsRecordedOnceAndAnsweredWithTheFirstResponse() {
        ApiClient withKey = sales.withHeader("Idempotency-Key", UUID.randomUUID().toString());

        ApiClient.Response first = withKey.postJson(purchases(), purchase(100_000));
        ApiClient.Response retry = withKey.postJson(purchases(), purchase(100_000));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(first.status());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(purchaseCount()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndRecordsNothing() {
        ApiClient withKey = sales.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        withKey.postJson(purchases(), purchase(100_000));

        ApiClient.Response other = withKey.postJson(purchases(), purchase(200_000));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.isProblem()).isTrue();
        assertThat(other.json().get("detail").asString()).contains("different request");
        assertThat(purchaseCount()).isEqualTo(1);
    }

    @Test
    void withoutAKeyEachPurchaseIsRecordedAsBefore() {
        assertThat(sales.postJson(purchases(), purchase(100_000)).status()).isEqualTo(201);
        assertThat(sales.postJson(purchases(), purchase(100_000)).status()).isEqualTo(201);

        assertThat(purchaseCount()).isEqualTo(2);
    }

    @Test
    void aKeyIsTheCallersOwnSoAnotherCallerWithTheSameKeyRunsItsOwnCommand() {
        String key = UUID.randomUUID().toString();
        ApiClient marketing = ApiClient.localPort(port).withToken(TestIdentityProvider.user("marketing", "EMPLOYEE").subject("marketing-person").signed());

        sales.withHeader("Idempotency-Key", key).postJson(purchases(), purchase(100_000));
        ApiClient.Response theirs = marketing.withHeader("Idempotency-Key", key).postJson(purchases(), purchase(100_000));

        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(purchaseCount()).isEqualTo(2);
    }

    @Test
    void aRetriedRedemptionSpendsThePointsOnce() {
        sales.postJson(purchases(), purchase(100_000));
        long spendable = spendable();
        ApiClient withKey = sales.withHeader("Idempotency-Key", "\"redeem-" + UUID.randomUUID() + "\"");

        ApiClient.Response first = withKey.postJson("/api/customers/" + customerId + "/redemptions", "{\"points\":4,\"reference\":\"INV-1\"}");
        ApiClient.Response retry = withKey.postJson("/api/customers/" + customerId + "/redemptions", "{\"points\":4,\"reference\":\"INV-1\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(spendable()).isEqualTo(spendable - 4);
    }

    @Test
    void aRetriedRegistrationRegistersOneCustomerAndAnswersWithTheSameLocation() {
        ApiClient withKey = sales.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        long before = mongo.getCollection("customers").countDocuments();

        ApiClient.Response first = withKey.postJson("/api/customers", "{\"name\":\"Ladoga Mills\",\"significance\":\"REGULAR\"}");
        ApiClient.Response retry = withKey.postJson("/api/customers", "{\"name\":\"Ladoga Mills\",\"significance\":\"REGULAR\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isNotNull().isEqualTo(first.header("Location"));
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(mongo.getCollection("customers").countDocuments()).isEqualTo(before + 1);
    }

    @Test
    void concurrentRequestsWithOneKeyRecordOnePurchaseAndTheOthersAreReplayedOrToldItIsInProgress() throws Exception {
        ApiClient withKey = sales.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        List<Callable<ApiClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> withKey.postJson(purchases(), purchase(100_000)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ApiClient.Response> responses = new ArrayList<>();
        try {
            for (Future<ApiClient.Response> response : pool.invokeAll(calls)) {
                responses.add(response.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // Which of the others are replays and which are told "in progress" depends on timing; none may be anything else.
        assertThat(responses).extracting(ApiClient.Response::status).isSubsetOf(201, 409);
        assertThat(responses).filteredOn(response -> response.status() == 201 && response.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() == 409).allMatch(ApiClient.Response::isProblem);
        assertThat(purchaseCount()).isEqualTo(1);
    }

    @Test
    void anEmptyOrOverlongKeyIsRefusedWith400AndRecordsNothing() {
        for (String key : List.of("", "\"\"", "k".repeat(256))) {
            ApiClient.Response response = sales.withHeader("Idempotency-Key", key).postJson(purchases(), purchase(100_000));

            assertThat(response.status()).as("key of %d characters", key.length()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(purchaseCount()).isZero();
    }

    @Test
    void theApiDocumentNamesTheHeaderOnCommandsOnly() {
        tools.jackson.databind.JsonNode paths = ApiClient.localPort(port).get("/v3/api-docs").json().get("paths");

        assertThat(paths.get("/api/customers/{id}/purchases").get("post").get("parameters").toString()).contains("Idempotency-Key");
        assertThat(paths.get("/api/customers/{id}").get("get").toString()).doesNotContain("Idempotency-Key");
    }

    private String purchases() {
        return "/api/customers/" + customerId + "/purchases";
    }

    private static String purchase(long amountMinor) {
        return "{\"amountMinor\":" + amountMinor + ",\"currency\":\"RUB\",\"date\":\"" + TODAY + "\",\"contractReference\":\"C-1\"}";
    }

    private int purchaseCount() {
        return sales.get("/api/customers/" + customerId).json().get("purchases").size();
    }

    private long spendable() {
        return sales.get("/api/customers/" + customerId).json().get("points").get("spendable").asLong();
    }
}
