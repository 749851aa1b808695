package org.atelier.loyalty.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every customer endpoint against every way a caller can be wrong: a token that must be refused (401), a
 * role or department that may not act (403), a machine token without the scope of what it does (403), server-owned
 * fields in the body (400). After each refusal the
 * database is exactly as before.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_customer_security_it",
        "atelier.topics.loyalty=it.customer-security.loyalty.events"})
class CustomerApiSecurityIT {

    private static final String EXISTING = "00000000-0000-4000-8000-000000000001";
    private static final String NEW_CUSTOMER = "{\"name\":\"Mallory Ltd\",\"significance\":\"KEY\"}";
    private static final String LOSS = """
            {"competitor":"Rival","lostOn":"2026-01-10","reasons":[{"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]}]}""";

    /** @param allowedBeyondSalesAndMarketing callers of the table below who may use this endpoint after all */
    record Endpoint(String method, String path, String body, boolean write, Set<String> allowedBeyondSalesAndMarketing) {

        Endpoint(String method, String path, String body, boolean write) {
            this(method, path, body, write, Set.of());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String TOP_MANAGEMENT = "top management";

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/customers", NEW_CUSTOMER, true),
            new Endpoint("GET", "/api/customers", null, false),
            new Endpoint("GET", "/api/customers/" + EXISTING, null, false),
            new Endpoint("POST", "/api/customers/" + EXISTING + "/loss", LOSS, true),
            new Endpoint("POST", "/api/customers/" + EXISTING + "/purchases",
                    "{\"amountMinor\":100,\"currency\":\"RUB\",\"date\":\"2026-01-10\",\"contractReference\":\"C-1\"}", true),
            new Endpoint("POST", "/api/customers/" + EXISTING + "/club", "{\"member\":true}", true),
            new Endpoint("PUT", "/api/customers/" + EXISTING + "/profile", "{\"name\":\"Mallory Ltd\",\"region\":\"Nowhere\"}", true),
            new Endpoint("POST", "/api/customers/" + EXISTING + "/redemptions", "{\"points\":1,\"reference\":\"INV-1\"}", true),
            new Endpoint("POST", "/api/customers/" + EXISTING + "/rewards",
                    "{\"reward\":\"Open day\",\"grantedOn\":\"2026-01-10\",\"reason\":\"Ten years\"}", true),
            new Endpoint("POST", "/api/customers/" + EXISTING + "/significance", "{\"significance\":\"REGULAR\",\"reason\":\"No more contracts\"}",
                    true, Set.of(TOP_MANAGEMENT)));

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void oneKnownCustomer() {
        mongo.getCollection("customers").deleteMany(new Document());
        ApiClient sales = api(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        String id = sales.postJson("/api/customers", "{\"name\":\"Northwind\",\"significance\":\"KEY\"}").json().get("id").asString();
        // Give it the well-known id the table refers to.
        Document stored = mongo.getCollection("customers").findOneAndDelete(new Document("_id", id));
        stored.put("_id", EXISTING);
        stored.put("outbox", List.of());
        mongo.getCollection("customers").insertOne(stored);
    }

    static Stream<Arguments> refusedTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Map.Entry<String, String> token : TestIdentityProvider.tokensToRefuse("sales", "EMPLOYEE").entrySet()) {
                cases.add(Arguments.of(endpoint, token.getKey(), token.getValue()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1} → 401")
    @MethodSource("refusedTokens")
    void aTokenThatCannotBeTrustedIsRefusedAndChangesNothing(Endpoint endpoint, String kind, String token) {
        List<Document> before = snapshot();

        ApiClient.Response response = call(api(token), endpoint);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> callersWhoMayNotWrite() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, String> callers = Map.of(
                "logistics employee (wrong department)", TestIdentityProvider.user("logistics", "EMPLOYEE").signed(),
                "production head (wrong department)", TestIdentityProvider.user("production", "EMPLOYEE", "DEPARTMENT_HEAD").signed(),
                "finance (wrong role)", TestIdentityProvider.user("finance", "FINANCE").signed(),
                TOP_MANAGEMENT, TestIdentityProvider.user("top-management", "MANAGEMENT").signed(),
                "sales without any role", TestIdentityProvider.user("sales").signed());
        for (Endpoint endpoint : ENDPOINTS) {
            if (endpoint.write()) {
                callers.forEach((who, token) -> {
                    if (!endpoint.allowedBeyondSalesAndMarketing().contains(who)) {
                        cases.add(Arguments.of(endpoint, who, token));
                    }
                });
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} → 403")
    @MethodSource("callersWhoMayNotWrite")
    void onlySalesAndMarketingChangeCustomers(Endpoint endpoint, String who, String token) {
        List<Document> before = snapshot();

        ApiClient.Response response = call(api(token), endpoint);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> machineTokensWithoutTheScope() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, TestIdentityProvider.Token> tokens = Map.of(
                "no scope", TestIdentityProvider.machine().scopes(),
                "only atelier.read", TestIdentityProvider.machine().scopes("atelier.read"),
                "only atelier.write", TestIdentityProvider.machine().scopes("atelier.write"),
                "only atelier.read, as a string", TestIdentityProvider.machine().scopeText("atelier.read"),
                "other scopes", TestIdentityProvider.machine().scopeText("openid profile"));
        for (Endpoint endpoint : ENDPOINTS) {
            String needed = endpoint.write() ? "atelier.write" : "atelier.read";
            tokens.forEach((kind, token) -> {
                if (!kind.contains(needed)) {
                    cases.add(Arguments.of(endpoint, kind, token.signed()));
                }
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by a machine with {1} → 403")
    @MethodSource("machineTokensWithoutTheScope")
    void aMachineTokenWithoutTheScopeOfWhatItDoesIsRefusedAndChangesNothing(Endpoint endpoint, String kind, String token) {
        List<Document> before = snapshot();

        ApiClient.Response response = call(api(token), endpoint);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(endpoint.write() ? "atelier.write" : "atelier.read");
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> machineTokensWithTheScope() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            String needed = endpoint.write() ? "atelier.write" : "atelier.read";
            cases.add(Arguments.of(endpoint, needed, TestIdentityProvider.machine().scopes(needed).signed()));
            cases.add(Arguments.of(endpoint, needed + " as a string", TestIdentityProvider.machine().scopeText(needed).signed()));
            cases.add(Arguments.of(endpoint, "both scopes", TestIdentityProvider.machine().signed()));
            cases.add(Arguments.of(endpoint, "both scopes, in the token form issued before RFC 9068 (typ JWT, scope array)",
                    TestIdentityProvider.machine().type("JWT").scopes("atelier.read", "atelier.write").signed()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by a machine with {1} → let through")
    @MethodSource("machineTokensWithTheScope")
    void aMachineTokenWithTheScopeOfWhatItDoesIsLetThrough(Endpoint endpoint, String kind, String token) {
        ApiClient.Response response = call(api(token), endpoint);

        assertThat(response.status()).as(response.body()).isBetween(200, 499).isNotIn(401, 403);
    }

    @Test
    void everyDepartmentMaySeeCustomers() {
        ApiClient logistics = api(TestIdentityProvider.user("logistics", "EMPLOYEE").signed());

        assertThat(logistics.get("/api/customers/" + EXISTING).status()).isEqualTo(200);
        assertThat(logistics.get("/api/customers").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void serverOwnedFieldsCannotBeSetThroughTheBody() {
        ApiClient sales = api(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        List<Document> before = snapshot();

        for (String field : List.of("\"id\":\"" + EXISTING + "\"", "\"status\":\"LOST\"", "\"version\":7", "\"registeredAt\":\"2020-01-01T00:00:00Z\"")) {
            ApiClient.Response response = sales.postJson("/api/customers", NEW_CUSTOMER.replace("{", "{" + field + ","));
            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.json().get("detail").asString()).contains("unknown field");
        }
        ApiClient.Response loss = sales.postJson("/api/customers/" + EXISTING + "/loss", LOSS.replace("{", "{\"status\":\"ACTIVE\","));
        assertThat(loss.status()).isEqualTo(400);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        ApiClient sales = api(TestIdentityProvider.user("sales", "EMPLOYEE").signed());
        List<Document> before = snapshot();

        ApiClient.Response response = sales.postJson("/api/customers", "{\"name\":\"" + "x".repeat(300_000) + "\",\"significance\":\"KEY\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
        assertThat(snapshot()).isEqualTo(before);
    }

    private ApiClient api(String token) {
        ApiClient client = ApiClient.localPort(port);
        return token == null ? client : client.withToken(token);
    }

    private static ApiClient.Response call(ApiClient api, Endpoint endpoint) {
        return api.json(endpoint.method(), endpoint.path(), endpoint.body());
    }

    private List<Document> snapshot() {
        return mongo.getCollection("customers").find().into(new ArrayList<>());
    }
}
