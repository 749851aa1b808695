package org.atelier.loyalty.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every writing endpoint against a battery of hostile bodies, made by replacing each field of a valid body in turn
 * (wrong types, nulls, huge and negative numbers, floats, long and control-character text, nested objects) and by
 * broken documents. Whatever comes in: never a server error, every refusal is problem details, and a refusal
 * changes nothing.
 */
@UsesSharedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_hostile_it",
        "atelier.topics.loyalty=it.loyalty-hostile.loyalty.events"})
class HostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE_VALUES = List.of("null", "\"\"", "\" \"", "0", "-1", "1.5", "1e309",
            "-9223372036854775809", "9223372036854775807", "true", "[]", "{}", "[1,2]", "{\"$gt\":\"\"}",
            "\"" + "x".repeat(5_000) + "\"", "\"\\u0000\\u202e\"", "\"2026-02-30\"", "\"<script>alert(1)</script>\"");
    private static final List<String> BROKEN_DOCUMENTS = List.of("", "null", "[]", "{", "{\"a\":", "\"text\"", "{}{}",
            "[".repeat(2_000) + "]".repeat(2_000));

    record Endpoint(String method, String path, String validBody) {
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ApiClient sales;
    private ApiClient marketing;
    private ApiClient finance;
    private String customerId;

    @BeforeEach
    void oneCustomerWithPoints() {
        sales = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE", "DEPARTMENT_HEAD").signed());
        marketing = ApiClient.localPort(port).withToken(TestIdentityProvider.user("marketing", "EMPLOYEE").signed());
        finance = ApiClient.localPort(port).withToken(TestIdentityProvider.user("finance", "FINANCE").signed());
        customerId = sales.postJson("/api/customers", "{\"name\":\"Target Ltd\",\"significance\":\"KEY\"}").json().get("id").asString();
        sales.postJson("/api/customers/" + customerId + "/purchases",
                "{\"amountMinor\":100000,\"currency\":\"RUB\",\"date\":\"2026-01-10\",\"contractReference\":\"C-1\"}");
    }

    @Test
    void noBodyCanCauseAServerErrorAndEveryRefusalChangesNothing() throws Exception {
        String customer = "/api/customers/" + customerId;
        Map<Endpoint, ApiClient> endpoints = new LinkedHashMap<>();
        endpoints.put(new Endpoint("POST", "/api/customers", """
                {"name":"Fuzz","significance":"KEY","taxId":"7707083893","segment":"s","region":"r","accountManager":"m",
                 "department":"sales","cooperationSince":"2020-01-01"}"""), sales);
        endpoints.put(new Endpoint("PUT", customer + "/profile", """
                {"name":"Fuzz","taxId":"7707083893","segment":"s","region":"r","accountManager":"m","department":"sales",
                 "cooperationSince":"2020-01-01"}"""), sales);
        endpoints.put(new Endpoint("POST", customer + "/purchases",
                "{\"amountMinor\":100,\"currency\":\"RUB\",\"date\":\"2026-01-10\",\"contractReference\":\"C-2\"}"), sales);
        endpoints.put(new Endpoint("POST", customer + "/redemptions", "{\"points\":1,\"reference\":\"INV-1\"}"), sales);
        endpoints.put(new Endpoint("POST", customer + "/rewards", "{\"reward\":\"Gift\",\"grantedOn\":\"2026-01-10\",\"reason\":\"Thanks\"}"), sales);
        endpoints.put(new Endpoint("POST", customer + "/club", "{\"member\":true}"), sales);
        endpoints.put(new Endpoint("POST", customer + "/significance", "{\"significance\":\"REGULAR\",\"reason\":\"Why not\"}"), sales);
        endpoints.put(new Endpoint("PUT", "/api/loyalty-programme", """
                {"currency":"RUB","accrualPoints":1,"accrualStepMinorUnits":10000,"pointValueMinorUnits":100,"pointsExpireAfterMonths":24,
                 "tierWindowMonths":12,"tiers":[{"name":"Base","thresholdPoints":0,"discountPercent":0}]}"""), marketing);
        endpoints.put(new Endpoint("PUT", "/api/annual-figures/2031/plan", """
                {"currency":"RUB","revenueMinor":1000,"marginMinor":100,"loyalCustomers":5,"loyalKeyCustomers":2,"headcount":10}"""), finance);
        endpoints.put(new Endpoint("POST", customer + "/loss", """
                {"competitor":"Rival","lostOn":"2026-01-10","reasons":[{"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]}],
                 "note":"n"}"""), sales);

        List<String> serverErrors = new ArrayList<>();
        int refused = 0;
        for (Map.Entry<Endpoint, ApiClient> entry : endpoints.entrySet()) {
            Endpoint endpoint = entry.getKey();
            for (String body : hostileBodies(endpoint.validBody())) {
                List<Document> before = everything();
                ApiClient.Response response = entry.getValue().json(endpoint.method(), endpoint.path(), body);
                if (response.status() >= 500) {
                    serverErrors.add(endpoint.method() + " " + endpoint.path() + " " + abbreviate(body) + " -> " + response.status());
                } else if (response.status() >= 400) {
                    refused++;
                    assertThat(response.isProblem()).as(endpoint + " " + abbreviate(body)).isTrue();
                    assertThat(everything()).as("a refused " + endpoint + " " + abbreviate(body) + " changed nothing").isEqualTo(before);
                }
            }
        }
        assertThat(serverErrors).isEmpty();
        assertThat(refused).as("the battery is hostile enough to be refused most of the time").isGreaterThan(600);
    }

    private static List<String> hostileBodies(String validBody) throws Exception {
        List<String> bodies = new ArrayList<>(BROKEN_DOCUMENTS);
        ObjectNode valid = (ObjectNode) JSON.readTree(validBody);
        for (Iterator<String> fields = valid.propertyNames().iterator(); fields.hasNext(); ) {
            String field = fields.next();
            for (String value : HOSTILE_VALUES) {
                ObjectNode mutated = valid.deepCopy();
                mutated.set(field, JSON.readTree(value));
                bodies.add(JSON.writeValueAsString(mutated));
            }
            ObjectNode without = valid.deepCopy();
            without.remove(field);
            bodies.add(JSON.writeValueAsString(without));
        }
        ObjectNode extra = valid.deepCopy();
        extra.put("version", 99);
        extra.put("outbox", "[]");
        bodies.add(JSON.writeValueAsString(extra));
        return bodies;
    }

    /** Every document the service keeps, outbox included, so a refusal that wrote anything anywhere is seen. */
    private List<Document> everything() {
        List<Document> documents = new ArrayList<>();
        for (String collection : List.of("customers", "loyalty_programme", "annual_figures")) {
            documents.addAll(mongo.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return documents;
    }

    private static String abbreviate(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "…" : body;
    }

}
