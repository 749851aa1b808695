package org.atelier.claims.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.atelier.claims.support.Callers;
import org.atelier.claims.support.ClaimsApiTest;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The security table of the claims API: every writing endpoint called by someone outside its role or department is
 * refused with a 403 problem and changes nothing; without a valid token it is 401; staff outside the hearing do not
 * even see claims.
 */
@ClaimsApiTest
class ClaimsApiSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

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

    private void assertRefused(String name, Supplier<ApiClient.Response> call, int status) {
        Map<String, Document> before = everything();
        ApiClient.Response response = call.get();
        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(name + " answers problem details").isTrue();
        assertThat(everything()).as(name + " changed nothing").isEqualTo(before);
    }

    @Test
    void nobodyActsOutsideTheirRoleOrDepartment() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        String filed = ClaimsApiTest.Scene.filedClaim(callers, scene.regulationId());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String claim = Callers.claimBody(scene.regulationId(), LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), 5);
        ApiClient salesClerk = callers.employee("sales");
        ApiClient salesHead = callers.head("sales");
        ApiClient marketingHead = callers.head("marketing");
        ApiClient productionHead = callers.head("production");
        ApiClient finance = callers.as("cfo", "finance", "DIVISION_HEAD", "EMPLOYEE", "FINANCE");
        String decision = "/api/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision";

        assertRefused("staff files a claim", () -> salesClerk.postJson("/api/claims", claim), 403);
        assertRefused("a head files for another department", () -> salesHead.postJson("/api/claims",
                claim.replace("{\"respondentDepartment\"", "{\"claimantDepartment\":\"marketing\",\"respondentDepartment\"")), 403);
        assertRefused("management files a claim", () -> callers.management().postJson("/api/claims", claim), 403);
        assertRefused("another head states the respondent's position", () -> marketingHead.put("/api/claims/" + filed + "/position",
                "{\"position\":\"not mine\"}"), 403);
        assertRefused("the claimant states the respondent's position", () -> salesHead.put("/api/claims/" + filed + "/position",
                "{\"position\":\"not mine\"}"), 403);
        assertRefused("the respondent withdraws the claim", () -> productionHead.postJson("/api/claims/" + filed + "/withdrawal", "{}"), 403);
        assertRefused("a head plans a meeting", () -> salesHead.postJson("/api/meetings",
                "{\"date\":\"" + today + "\",\"agenda\":[{\"kind\":\"CLAIM\",\"id\":\"" + filed + "\"}]}"), 403);
        assertRefused("a head takes attendance", () -> salesHead.postJson("/api/meetings/" + scene.meetingId() + "/attendance",
                "{\"present\":[\"sales-head\"]}"), 403);
        assertRefused("the claimant decides", () -> salesHead.postJson(decision, "{\"outcome\":\"UPHELD\"}"), 403);
        assertRefused("finance decides", () -> finance.postJson(decision, "{\"outcome\":\"UPHELD\"}"), 403);
        assertRefused("a head previews the money", () -> salesHead.postJson(decision + "-preview", "{\"outcome\":\"UPHELD\"}"), 403);
        assertRefused("a head publishes a regulation", () -> salesHead.postJson("/api/regulations", Callers.regulationBody("other-rule")), 403);
        assertRefused("a head reverses a decision", () -> salesHead.postJson("/api/ledger/decisions/any-decision/reversal",
                "{\"reason\":\"ours\"}"), 403);
        assertRefused("finance reverses a decision", () -> finance.postJson("/api/ledger/decisions/any-decision/reversal",
                "{\"reason\":\"ours\"}"), 403);
        assertRefused("a head sets the bonus policy", () -> salesHead.put("/api/bonus-policies/2030",
                "{\"deductionRatio\":5000,\"compensationRatio\":5000,\"redistributionRatio\":5000}"), 403);
        assertRefused("staff petitions for a commendation", () -> salesClerk.postJson("/api/commendations",
                "{\"commendedDepartment\":\"production\",\"help\":\"help\",\"currency\":\"RUB\",\"proposedRewardMinor\":1}"), 403);
        assertRefused("a head petitions for another department", () -> salesHead.postJson("/api/commendations",
                "{\"petitioningDepartment\":\"marketing\",\"commendedDepartment\":\"production\",\"help\":\"help\",\"currency\":\"RUB\",\"proposedRewardMinor\":1}"), 403);

        String minutes = "/api/meetings/" + scene.meetingId() + "/minutes/CLAIM/" + scene.claimId();
        assertRefused("the claimant records the minutes", () -> salesHead.put(minutes, "{\"claimantCase\":\"ours\"}"), 403);
        assertRefused("finance records the minutes", () -> finance.put(minutes, "{\"claimantCase\":\"ours\"}"), 403);
        assertRefused("staff looks customers up", () -> salesClerk.get("/api/customers?q=north"), 403);

        assertThat(salesHead.get("/api/claims/" + scene.claimId()).json().get("status").asString()).isEqualTo("HEARD");
        assertThat(salesHead.get("/api/customers?q=north").status()).as("a head looks customers up").isEqualTo(200);
        assertThat(productionHead.put("/api/claims/" + filed + "/position", "{\"position\":\"Ours to answer\"}").status()).isEqualTo(200);
    }

    @Test
    void staffOutsideTheHearingDoNotSeeClaimsMeetingsOrPolicies() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        ApiClient clerk = callers.employee("sales");

        assertThat(clerk.get("/api/claims/" + scene.claimId()).status()).isEqualTo(404);
        assertThat(clerk.get("/api/claims").json().size()).isZero();
        assertThat(clerk.get("/api/meetings/" + scene.meetingId()).status()).isEqualTo(404);
        assertThat(clerk.get("/api/bonus-policies/2030").status()).isEqualTo(404);
        assertThat(clerk.get("/api/ledger/accounts/sales").status()).as("not even their own department's account").isEqualTo(404);
        assertThat(clerk.get("/api/ledger/accounts").json().size()).isZero();
        assertThat(callers.head("sales").get("/api/ledger/accounts/company-fund").status()).isEqualTo(404);
        assertThat(callers.head("sales").get("/api/ledger/accounts/annual-pool").status()).as("the pool is every department's").isEqualTo(200);
        assertThat(callers.head("logistics").get("/api/claims/" + scene.claimId()).status()).as("the hearing is public among heads").isEqualTo(200);
    }

    @Test
    void withoutAValidTokenEveryWriteIs401AndChangesNothing() {
        Callers callers = new Callers(port);
        ClaimsApiTest.Scene scene = ClaimsApiTest.Scene.heardClaim(callers);
        for (Map.Entry<String, String> token : TestIdentityProvider.tokensToRefuse("top-management", "MANAGEMENT").entrySet()) {
            ApiClient caller = token.getValue() == null ? ApiClient.localPort(port) : ApiClient.localPort(port).withToken(token.getValue());
            assertRefused(token.getKey(), () -> caller.postJson("/api/meetings/" + scene.meetingId() + "/claims/" + scene.claimId() + "/decision",
                    "{\"outcome\":\"UPHELD\"}"), 401);
        }
    }
}
