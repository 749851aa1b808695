package org.atelier.loyalty.hostile;

import static org.atelier.testsupport.HostileForms.fields;
import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.atelier.testsupport.HostileForms;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every writing endpoint against a battery of hostile bodies, made by replacing each field of a valid body in turn
 * (wrong types, nulls, huge and negative numbers, floats, long and control-character text, nested objects) and by
 * broken documents. Whatever comes in: never a server error, every refusal is problem details, and a refusal
 * changes nothing.
 *
 * <p>Every page form gets the same treatment from a signed-in person with a valid CSRF token: each field in turn
 * replaced by hostile text (huge numbers, exponents, long and control text, wrong types, empty) or left out. Never
 * a server error, every refusal is the page again with the reason readable in it, a refusal changes nothing, and no
 * request takes longer than a second, whatever was typed.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=loyalty_hostile_it",
        "atelier.topics.loyalty=it.loyalty-hostile.loyalty.events"})
@AutoConfigureMockMvc
class HostileInputIT {

    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(1);

    /** A page form: where it is sent, who may send it, and values it accepts. */
    record Form(HttpMethod method, String path, OidcLoginRequestPostProcessor who, Map<String, List<String>> valid) {
    }

    @Autowired
    MockMvc mvc;

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
        customerId = sales.postJson("/api/customers", "{\"name\":\"Target Ltd\",\"significance\":\"KEY\",\"acknowledgeDuplicateName\":true}").json().get("id").asString();
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
        assertThat(refused).as("the battery is hostile enough to be refused most of the time").isGreaterThan(500);
    }

    @Test
    void noTypedValueCanCauseAServerErrorOrASlowAnswerAndEveryRefusalIsReadableOnThePage() throws Exception {
        List<Form> forms = pageForms();
        for (String page : List.of("/customers", "/customers/new", "/customers/" + customerId, "/programme", "/plans")) {
            // Warms the templates up, so the clock below measures input handling rather than first compilation.
            mvc.perform(get(page).with(person("finance", "FINANCE", "MANAGEMENT"))).andReturn();
        }
        List<String> serverErrors = new ArrayList<>();
        List<String> unreadableRefusals = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        String slowestRequest = "";
        int refused = 0;
        for (Form form : forms) {
            for (Map<String, List<String>> params : HostileForms.of(form.valid())) {
                List<Document> before = everything();
                MockHttpServletRequestBuilder request = (form.method() == HttpMethod.GET ? get(form.path()) : post(form.path()))
                        .with(form.who()).with(csrf());
                params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
                long started = System.nanoTime();
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                String sent = form.method() + " " + form.path() + " " + abbreviate(params.toString());
                if (took.compareTo(slowest) > 0) {
                    slowest = took;
                    slowestRequest = sent;
                }
                if (response.getStatus() >= 500) {
                    serverErrors.add(sent + " -> " + response.getStatus());
                } else if (response.getStatus() >= 400) {
                    refused++;
                    String html = response.getContentAsString();
                    if (!String.valueOf(response.getContentType()).startsWith("text/html") || !html.contains("role=\"alert\"")) {
                        unreadableRefusals.add(sent + " -> " + response.getStatus() + " " + response.getContentType());
                    }
                    assertThat(everything()).as("a refused " + sent + " changed nothing").isEqualTo(before);
                }
            }
        }
        assertThat(serverErrors).isEmpty();
        assertThat(unreadableRefusals).as("refusals shown as a page with the reason").isEmpty();
        assertThat(slowest).as("the slowest request: " + slowestRequest).isLessThan(SLOWEST_ALLOWED);
        assertThat(refused).as("the battery is hostile enough to be refused most of the time").isGreaterThan(500);
    }

    private List<Form> pageForms() {
        String customer = "/customers/" + customerId;
        OidcLoginRequestPostProcessor sales = person("sales", "EMPLOYEE", "DEPARTMENT_HEAD");
        OidcLoginRequestPostProcessor marketing = person("marketing", "EMPLOYEE");
        OidcLoginRequestPostProcessor finance = person("finance", "FINANCE");
        return List.of(
                new Form(HttpMethod.GET, "/customers", sales, fields("q", "Target", "significance", "KEY", "status", "ACTIVE",
                        "loyal", "false", "manager", "sales-person", "page", "0", "sort", "lastPurchase", "dir", "desc")),
                new Form(HttpMethod.POST, "/customers", sales, fields("name", "Fuzz", "significance", "KEY", "taxId", "7707083893",
                        "segment", "s", "region", "r", "department", "sales", "cooperationSince", "2020-01-01", "acknowledgeDuplicateName", "true")),
                new Form(HttpMethod.POST, customer + "/profile", sales, fields("name", "Target Ltd", "taxId", "7707083893", "segment", "s",
                        "region", "r", "accountManager", "m", "department", "sales", "cooperationSince", "2020-01-01")),
                new Form(HttpMethod.POST, customer + "/purchases", sales, fields("amount", "1 000,50", "currency", "RUB",
                        "date", "2026-01-10", "contractReference", "C-2")),
                new Form(HttpMethod.POST, customer + "/redemptions", sales, fields("points", "1", "reference", "INV-1")),
                new Form(HttpMethod.POST, customer + "/rewards", sales, fields("reward", "Gift", "grantedOn", "2026-01-10",
                        "reason", "Thanks")),
                new Form(HttpMethod.POST, customer + "/club", marketing, fields("member", "true")),
                new Form(HttpMethod.POST, customer + "/significance", sales, fields("significance", "REGULAR", "reason", "Why not")),
                new Form(HttpMethod.POST, customer + "/loss", sales, fields("competitor", "Rival", "lostOn", "2026-01-10",
                        "reasons", "STAFF_ATTITUDE", "primaryReason", "STAFF_ATTITUDE", "departmentsAtFault", "logistics", "note", "n")),
                new Form(HttpMethod.POST, "/programme", marketing, fields("currency", "RUB", "accrualPoints", "1", "accrualStep", "100.00",
                        "pointValue", "1.00", "pointsExpireAfterMonths", "24", "tierWindowMonths", "12", "tierName", "Base",
                        "tierThreshold", "0", "tierDiscount", "0")),
                new Form(HttpMethod.POST, "/plans/plan", finance, fields("year", "2031", "currency", "RUB", "revenue", "1000.00",
                        "margin", "100.00", "loyalCustomers", "5", "loyalKeyCustomers", "2", "headcount", "10", "gateRule", "PLAN",
                        "marginGrowthShareBp", "1000")),
                new Form(HttpMethod.POST, "/plans/results", finance, fields("year", "2030", "currency", "RUB", "revenue", "1000.00",
                        "margin", "100.00", "headcount", "10", "replacesRevision", "1")),
                new Form(HttpMethod.POST, customer + "/purchases/no-such-purchase/reversal", sales, fields("reason", "Entered twice")),
                new Form(HttpMethod.POST, customer + "/loss/withdrawal", sales, fields("reason", "Wrong customer")));
    }

    private static OidcLoginRequestPostProcessor person(String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(department + "-person").claim("department", department)
                .claim("roles", List.of(roles)).claim("name", department + " person"));
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
