package org.atelier.claims.hostile;

import static org.atelier.testsupport.HostileForms.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atelier.testsupport.HostileForms;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.atelier.testsupport.ApiClient;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every writing endpoint against hostile bodies: broken documents, unknown fields, and each field of a valid body in
 * turn replaced by a wrong type, null, a huge or negative number, a fraction, or text too long. Whatever comes in:
 * never a server error, every refusal is a 400 problem, and a refusal changes nothing.
 *
 * <p>Every page form gets the same from a signed-in person with a valid CSRF token: each field in turn replaced by
 * hostile text or sent twice or left out. Never a server error, every refusal is a page with the reason readable in
 * it, and a refusal changes nothing.
 */
@ClaimsApiTest
@AutoConfigureMockMvc
class ClaimsHostileInputIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> HOSTILE_VALUES = List.of("null", "\"\"", "-1", "99999999999999999999999", "1e400", "1.5", "true",
            "{\"$gt\":\"\"}", "[]", "\"" + "x".repeat(20_001) + "\"", "\"\\u0000\\u202e\"", "\"2026-02-30\"");
    private static final List<String> BROKEN_DOCUMENTS = List.of("", "{", "[1,2]", "not json", "{\"a\":", "null", "\"text\"");


    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    /** A page form: where it is sent, who may send it, and values it accepts. */
    record Form(String path, OidcLoginRequestPostProcessor who, Map<String, List<String>> valid) {
    }

    @Autowired
    MongoTemplate mongo;

    /** A writing endpoint: who calls it, where, and a body it accepts. */
    record Endpoint(String name, ApiClient caller, String method, String path, String validBody) {
    }

    private Map<String, Document> everything() {
        Map<String, Document> state = new LinkedHashMap<>();
        for (String collection : new String[] {"claims", "meetings", "commendations", "regulations", "bonus_policies", "ledger_reversals"}) {
            for (Document document : mongo.getCollection(collection).find()) {
                document.remove("outbox");
                state.put(collection + "/" + document.get("_id"), document);
            }
        }
        return state;
    }

    /**
     * The events waiting in every document's outbox. The relay takes published ones out while a test runs, so the
     * documents are compared without their outbox and a refusal is checked to have added no event to any of them.
     */
    private Set<String> outboxEvents() {
        Set<String> events = new HashSet<>();
        for (String collection : new String[] {"claims", "meetings", "commendations", "regulations", "bonus_policies", "ledger_reversals"}) {
            for (Document document : mongo.getCollection(collection).find()) {
                List<?> outbox = document.getList("outbox", Object.class, List.of());
                for (Object message : outbox) {
                    events.add(((Document) message).getString("eventId"));
                }
            }
        }
        return events;
    }

    private void assertNothingChanged(String label, Map<String, Document> before, Set<String> eventsBefore) {
        assertThat(everything()).as(label + " changed nothing").isEqualTo(before);
        assertThat(outboxEvents()).as(label + " put no event in any outbox").isSubsetOf(eventsBefore);
    }

    private List<Endpoint> endpoints(Callers callers, ClaimsApiTest.Scene scene, String filedClaim) {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String decisionPath = "/api/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision";
        return List.of(
                new Endpoint("file a claim", callers.head("sales"), "POST", "/api/claims", Callers.claimBody(scene.regulationId(), yesterday, 100)),
                new Endpoint("state a position", callers.head("production"), "PUT", "/api/claims/" + filedClaim + "/position",
                        "{\"position\":\"The supplier was late\"}"),
                new Endpoint("plan a meeting", callers.management(), "POST", "/api/meetings",
                        "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"agenda\":[{\"kind\":\"CLAIM\",\"id\":\"" + filedClaim + "\"}]}"),
                new Endpoint("preview a decision", callers.management(), "POST", decisionPath + "-preview",
                        "{\"outcome\":\"PARTIALLY_UPHELD\",\"recognisedShortfallMinor\":50000,\"deductionMinor\":20000,\"planAdjustment\":100}"),
                new Endpoint("decide a claim", callers.management(), "POST", decisionPath,
                        "{\"outcome\":\"PARTIALLY_UPHELD\",\"recognisedShortfallMinor\":50000,\"deductionMinor\":20000,\"planAdjustment\":100,\"reasoning\":\"r\"}"),
                new Endpoint("set a bonus policy", callers.management(), "PUT", "/api/bonus-policies/2031",
                        "{\"deductionRatio\":5000,\"compensationRatio\":5000,\"redistributionRatio\":5000}"),
                new Endpoint("publish a regulation", callers.management(), "POST", "/api/regulations", Callers.regulationBody("hostile-rule")),
                new Endpoint("petition for a commendation", callers.head("marketing"), "POST", "/api/commendations",
                        "{\"commendedDepartment\":\"production\",\"help\":\"Exhibition pieces\",\"currency\":\"RUB\",\"proposedRewardMinor\":500,\"recognition\":\"Thanks\"}"),
                // The scene's meeting is held, so even a valid attendance is refused (409); it must never be held twice.
                new Endpoint("take attendance", callers.management(), "POST", "/api/meetings/" + scene.meetingId() + "/attendance",
                        "{\"present\":[\"sales-head\"]}"),
                new Endpoint("decide a commendation", callers.management(), "POST", "/api/meetings/" + scene.meetingId()
                        + "/commendations/none/decision", "{\"outcome\":\"APPROVED\",\"grantedMinor\":100}"),
                new Endpoint("record the minutes", callers.management(), "PUT", "/api/meetings/" + scene.meetingId() + "/minutes/CLAIM/"
                        + scene.claimId(), "{\"claimantCase\":\"The suits came late\",\"respondentAnswer\":\"The fabric came late\","
                        + "\"consequences\":\"The customer cancelled\"}"),
                new Endpoint("reverse a decision", callers.management(), "POST", "/api/ledger/decisions/none/reversal",
                        "{\"reason\":\"Corrected\"}"),
                // Last: a valid withdrawal withdraws the filed claim the endpoints above act on.
                new Endpoint("withdraw a claim", callers.head("sales"), "POST", "/api/claims/" + filedClaim + "/withdrawal",
                        "{\"reason\":\"Settled directly\"}"));
    }

    private void assertRefusedAndNothingChanged(Endpoint endpoint, String label, String body) {
        Map<String, Document> before = everything();
        Set<String> events = outboxEvents();
        ApiClient.Response response = endpoint.caller().json(endpoint.method(), endpoint.path(), body);
        assertThat(response.status()).as(endpoint.name() + " with " + label + ": " + response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(endpoint.name() + " with " + label + " answers problem details").isTrue();
        assertNothingChanged(endpoint.name() + " with " + label, before, events);
    }

    @Test
    void brokenDocumentsAndUnknownFieldsAreRefusedAndChangeNothing() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String filed = ClaimsApiTest.Scene.filedClaim(callers, scene.regulationId());
        for (Endpoint endpoint : endpoints(callers, scene, filed)) {
            for (String broken : BROKEN_DOCUMENTS) {
                assertRefusedAndNothingChanged(endpoint, "document '" + broken + "'", broken);
            }
            ObjectNode withUnknown = (ObjectNode) JSON.readTree(endpoint.validBody());
            withUnknown.put("status", "UPHELD");
            assertRefusedAndNothingChanged(endpoint, "an unknown field", withUnknown.toString());
        }
    }

    @Test
    void everyFieldReplacedByAHostileValueIsRefusedOrHarmlessNeverAServerError() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String filed = ClaimsApiTest.Scene.filedClaim(callers, scene.regulationId());
        List<String> accepted = new ArrayList<>();
        for (Endpoint endpoint : endpoints(callers, scene, filed)) {
            JsonNode valid = JSON.readTree(endpoint.validBody());
            for (Iterator<String> fields = valid.propertyNames().iterator(); fields.hasNext(); ) {
                String field = fields.next();
                for (String hostile : HOSTILE_VALUES) {
                    ObjectNode body = (ObjectNode) valid.deepCopy();
                    body.set(field, JSON.readTree(hostile));
                    Map<String, Document> before = everything();
                    Set<String> events = outboxEvents();
                    ApiClient.Response response = endpoint.caller().json(endpoint.method(), endpoint.path(), body.toString());
                    String label = endpoint.name() + " with " + field + "=" + (hostile.length() > 40 ? hostile.substring(0, 40) + "…" : hostile);
                    assertThat(response.status()).as(label + ": " + response.body()).isLessThan(500);
                    assertThat(response.isProblem() || response.status() < 300).as(label + " answers problem details").isTrue();
                    if (response.status() >= 400) {
                        assertNothingChanged(label, before, events);
                    } else {
                        accepted.add(label);
                    }
                }
            }
        }
        // JSON scalars are read as text where text is expected, so a text field may take "-1" or "true" as its words; optional
        // fields may be left empty. Nothing else is accepted: no object, array, over-long text or out-of-range number.
        assertThat(accepted).allMatch(label -> label.matches(".*with (customerId|contractReference|reasoning|recognition|claimantDepartment"
                + "|recognisedShortfallMinor|deductionMinor|planAdjustment|inForceTo|whatHappened|customerConsequences|planIndicator|position"
                + "|name|text|help|id|reason|claimantCase|respondentAnswer|consequences)=.*") || label.matches(".*with evidence=(null|\\[\\])"), "only text and optional fields accept: " + accepted);
        assertThat(accepted).noneMatch(label -> label.contains("={") || (label.contains("=[]") && !label.contains("with evidence=")) || label.contains("\"xxxx"));
    }

    @Test
    void hugeAndNegativeAmountsAreRefusedWithTheFieldNamed() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        Endpoint file = endpoints(callers, scene, "unused").get(0);

        for (String amount : List.of("-1", "0", "1000000000000001", "9223372036854775807", "9223372036854775808")) {
            assertRefusedAndNothingChanged(file, "claimedShortfallMinor " + amount,
                    Callers.claimBody(scene.regulationId(), yesterday, 1).replace("\"claimedShortfallMinor\":1", "\"claimedShortfallMinor\":" + amount));
        }
        ApiClient.Response tooMuch = callers.management().postJson("/api/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision",
                "{\"outcome\":\"UPHELD\",\"deductionMinor\":100001}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("deductionMinor").contains("The deduction is from 0 to the recognised shortfall, 100000 minor units");
        ApiClient.Response wholeCompensation = callers.management().put("/api/bonus-policies/2032",
                "{\"deductionRatio\":5000,\"compensationRatio\":10000,\"redistributionRatio\":5000}");
        assertThat(wholeCompensation.status()).isEqualTo(400);
        assertThat(wholeCompensation.body()).contains("compensationRatio");
        assertThat(callers.management().get("/api/claims/" + scene.claimId()).json().get("status").asString()).isEqualTo("HEARD");
    }

    @Test
    void minutesForAnItemNotHeardHereOrOfAnUnknownKindAreRefusedAndChangeNothing() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String notOnTheAgenda = ClaimsApiTest.Scene.filedClaim(callers, scene.regulationId());
        String minutes = "{\"claimantCase\":\"The suits came late\"}";
        String meeting = "/api/meetings/" + scene.meetingId() + "/minutes/";

        for (String path : List.of(meeting + "CLAIM/" + notOnTheAgenda, meeting + "COMMENDATION/" + scene.claimId(), meeting + "BOGUS/" + scene.claimId(),
                "/api/meetings/no-such-meeting/minutes/CLAIM/" + scene.claimId())) {
            Map<String, Document> before = everything();
            Set<String> events = outboxEvents();
            ApiClient.Response response = callers.management().put(path, minutes);
            assertThat(response.status()).as(path + ": " + response.body()).isBetween(400, 499);
            assertThat(response.isProblem()).as(path + " answers problem details").isTrue();
            assertNothingChanged("minutes at " + path, before, events);
        }
        assertThat(callers.management().get("/api/meetings/" + scene.meetingId()).json().get("minutes").size()).isZero();
    }

    @Test
    void aHostileCustomerQueryIsRefusedOrFindsOnlyWhatItsWordsStartAndChangesNothing() {
        Callers callers = new Callers(port);
        ApiClient head = callers.head("sales");
        List<Document> customersBefore = mongo.getCollection("claims_customers").find().sort(new Document("_id", 1)).into(new ArrayList<>());
        Map<String, Document> before = everything();
        Set<String> events = outboxEvents();

        for (String refused : List.of("", "%20%20%20", "n".repeat(101), "%00".repeat(101))) {
            ApiClient.Response response = head.get("/api/customers?q=" + refused);
            assertThat(response.status()).as("q=" + abbreviate(refused) + ": " + response.body()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).contains("\"q\"");
        }
        assertThat(head.get("/api/customers").status()).as("no q at all").isEqualTo(400);
        // Regular-expression and operator text is read as words of a name, never as a pattern or a query of its own.
        for (String harmless : List.of(".*", "%5E", "(z%2B)%2B%24", "%7B%22%24gt%22%3A%22%22%7D", "%5B", "%5C", "%00%E2%80%AE", "%3Cscript%3E",
                "zq.*", "1e400", "zq%7Cyq")) {
            ApiClient.Response response = head.get("/api/customers?q=" + harmless);
            assertThat(response.status()).as("q=" + harmless + ": " + response.body()).isEqualTo(200);
            assertThat(response.json().size()).as("q=" + harmless + " does not match every customer").isLessThan(2);
        }
        assertThat(mongo.getCollection("claims_customers").find().sort(new Document("_id", 1)).into(new ArrayList<>())).isEqualTo(customersBefore);
        assertNothingChanged("the customer searches", before, events);
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }

    @Test
    void noTypedValueInAPageFormCausesAServerErrorAndEveryRefusalIsReadableOnThePage() throws Exception {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String filed = ClaimsApiTest.Scene.filedClaim(callers, scene.regulationId());
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        OidcLoginRequestPostProcessor sales = person("sales-head", "sales", "EMPLOYEE", "DEPARTMENT_HEAD");
        OidcLoginRequestPostProcessor production = person("production-head", "production", "EMPLOYEE", "DEPARTMENT_HEAD");
        OidcLoginRequestPostProcessor management = person("ceo", "top-management", "EMPLOYEE", "MANAGEMENT");
        Map<String, List<String>> claim = fields("respondentDepartment", "production", "regulationId", scene.regulationId(), "happenedOn", yesterday,
                "whatHappened", "Late", "customerId", "cust-42", "contractReference", "K-1", "customerConsequences", "Cancelled",
                "planIndicator", "Q1 revenue", "currency", "RUB", "claimedShortfall", "12 500,50", "planAdjustmentRequested", "0");
        Map<String, List<String>> find = new LinkedHashMap<>(claim);
        find.put("customerQuery", List.of("north"));
        List<Form> forms = List.of(
                new Form("/claims", sales, claim),
                new Form("/claims/new/customers", sales, find),
                new Form("/claims/" + filed + "/position", production, fields("position", "The fabric came late")),
                new Form("/commendations", sales, fields("commendedDepartment", "production", "help", "Exhibition pieces", "currency", "RUB",
                        "proposedReward", "5,00", "recognition", "Thanks")),
                new Form("/regulations", management, fields("id", "hostile-page-rule", "name", "Delivery", "text", "Within 10 days",
                        "owningDepartment", "production", "boundDepartments", "logistics", "inForceFrom", "2000-01-01", "inForceTo", "")),
                new Form("/bonus-policies/2033", management, fields("deductionRatio", "5000", "compensationRatio", "5000", "redistributionRatio", "5000")),
                new Form("/meetings/" + scene.meetingId() + "/minutes/CLAIM/" + scene.claimId(), management, fields("claimantCase", "Late",
                        "respondentAnswer", "Supplier", "consequences", "Cancelled")),
                new Form("/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision", management, fields("action", "preview",
                        "outcome", "PARTIALLY_UPHELD", "recognisedShortfall", "500,00", "deduction", "200,00", "planAdjustment", "100", "reasoning", "r")),
                new Form("/ledger/decisions/none/reversal", management, fields("reason", "Corrected")),
                // Last: a valid plan schedules the filed claim the forms above act on.
                new Form("/meetings", management, fields("date", LocalDate.now(ZoneOffset.UTC).toString(), "place-CLAIM-" + filed, "1")));
        List<String> serverErrors = new ArrayList<>();
        List<String> unreadableRefusals = new ArrayList<>();
        int refused = 0;
        for (Form form : forms) {
            for (Map<String, List<String>> params : HostileForms.of(form.valid())) {
                Map<String, Document> before = everything();
                Set<String> events = outboxEvents();
                MockHttpServletRequestBuilder request = post(form.path()).with(form.who()).with(csrf());
                params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String sent = form.path() + " " + abbreviate(params.toString());
                if (response.getStatus() >= 500) {
                    serverErrors.add(sent + " -> " + response.getStatus());
                } else if (response.getStatus() >= 400) {
                    refused++;
                    String html = response.getContentAsString();
                    // A form sent for something that is not there (the reversal of an unknown decision) gets the not-found page.
                    boolean readable = html.contains("role=\"alert\"") || (response.getStatus() == 404 && html.contains("There is no such"));
                    if (!String.valueOf(response.getContentType()).startsWith("text/html") || !readable) {
                        unreadableRefusals.add(sent + " -> " + response.getStatus() + " " + response.getContentType());
                    }
                    assertNothingChanged("a refused " + sent, before, events);
                }
            }
        }
        assertThat(serverErrors).isEmpty();
        assertThat(unreadableRefusals).as("refusals shown as a page with the reason").isEmpty();
        assertThat(refused).as("the battery is hostile enough to be refused most of the time").isGreaterThan(300);
    }

    private static OidcLoginRequestPostProcessor person(String username, String department, String... roles) {
        return oidcLogin().idToken(token -> token.subject(username).claim("department", department).claim("level", "DIVISION_HEAD")
                .claim("roles", List.of(roles)).claim("name", username));
    }
}
