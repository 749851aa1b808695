package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports follow the work done in the other services, over their real processes and APIs only: a key customer
 * lost in loyalty, the exit interview completed in survey, a claim about that customer filed, heard and upheld in
 * claims. Within seconds reporting's churn, exit-interview, claim-outcome and pool figures have moved by exactly what
 * the story recorded (other stories share the system, so each figure is compared with its value before), and the
 * freshness says the last event applied per topic is one of the story's, with the consumer lag given.
 */
@Tag("slow")
class ReportsFollowTheWorkIT {

    private static final String LOYALTY = "loyalty-service";
    private static final String SURVEY = "survey-service";
    private static final String CLAIMS = "claims-service";
    private static final String REPORTING = "reporting-service";
    private static final List<String> TOPICS = List.of("atelier.loyalty.events", "atelier.survey.events", "atelier.claims.events");
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SharedSystem system = SharedSystem.get();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    /** Yesterday: a loss may not be dated in the future; the claim's incident happened then too. */
    private final LocalDate lostOn = today.minusDays(1);

    @Test
    void aLossItsExitInterviewAndAnUpheldClaimAboutTheCustomerShowInEveryReportWithinSecondsWithTheirFreshness() {
        int lossYear = lostOn.getYear();
        int claimYear = today.getYear();
        String competitor = "Rival " + suffix;
        awaitQuiet();
        JsonNode churnBefore = report("/api/reports/churn?year=" + lossYear);
        JsonNode interviewsBefore = report("/api/reports/exit-interviews?year=" + lossYear);
        JsonNode claimsBefore = report("/api/reports/claims?year=" + claimYear);
        JsonNode poolBefore = report("/api/reports/pool/" + claimYear);
        JsonNode annualPoolBefore = json(system.api(CLAIMS, "GET", "/api/ledger/accounts/annual-pool?year=" + claimYear, null));
        Instant storyBegan = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        // Loyalty: a key customer of sales-staff, lost to a competitor named for this story, blaming logistics' staff.
        String customerId = created(system.api(LOYALTY, "POST", "/api/customers", """
                {"name":"Ladoga Uniforms %s","significance":"KEY","accountManager":"sales-staff","department":"sales"}"""
                .formatted(suffix))).get("id").asString();
        ok(system.api(LOYALTY, "POST", "/api/customers/" + customerId + "/loss", """
                {"competitor":"%s","lostOn":"%s","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]},
                  {"code":"PRICE_AND_DISCOUNTS","primary":false,"departmentsAtFault":[]}]}""".formatted(competitor, lostOn)));

        // Survey: the case the loss opened, on the account manager's worklist; the interview says assortment, and production's staff.
        String salesStaff = system.personToken("sales-staff", SURVEY);
        String caseId = await().atMost(WITHIN_SECONDS).until(() -> caseOf(salesStaff, customerId), id -> id != null);
        ok(system.api(SURVEY, "POST", "/api/exit-interviews/" + caseId + "/interview", """
                {"channel":"PHONE","on":"%s","reasons":[
                  {"code":"ASSORTMENT","primary":true,"departmentsAtFault":[]},
                  {"code":"STAFF_ATTITUDE","primary":false,"departmentsAtFault":["production"]}],
                 "wouldReturn":"MAYBE","comment":"The new collection came too late"}""".formatted(today), salesStaff));

        // Claims: sales' head files against production about this customer; the chief executive hears and upholds it.
        String ceo = system.personToken("ceo", CLAIMS);
        String regulation = "story-terms-" + suffix;
        created(system.api(CLAIMS, "POST", "/api/regulations", """
                {"id":"%s","name":"Delivery terms","text":"Production delivers a customer's order within 10 working days.",
                 "owningDepartment":"production","boundDepartments":["production","logistics"],"inForceFrom":"2000-01-01"}"""
                .formatted(regulation), ceo));
        String claimId = created(system.api(CLAIMS, "POST", "/api/claims", """
                {"respondentDepartment":"production","regulationId":"%s","whatHappened":"The suits were delivered 12 days late",
                 "happenedOn":"%s","customerId":"%s","contractReference":"K-%s",
                 "customerConsequences":"The customer left for a competitor","planIndicator":"Q4 revenue","currency":"RUB",
                 "claimedShortfallMinor":10000000,"planAdjustmentRequested":0}""".formatted(regulation, lostOn, customerId, suffix),
                system.personToken("sales-head", CLAIMS))).get("id").asString();
        String meetingId = created(system.api(CLAIMS, "POST", "/api/meetings", """
                {"date":"%s","agenda":[{"kind":"CLAIM","id":"%s"}]}""".formatted(today, claimId), ceo)).get("id").asString();
        ok(system.api(CLAIMS, "POST", "/api/meetings/" + meetingId + "/attendance", """
                {"present":["sales-head","production-head"]}""", ceo));
        ok(system.api(CLAIMS, "POST", "/api/meetings/" + meetingId + "/claims/" + claimId + "/decision", """
                {"outcome":"UPHELD","reasoning":"The delay is production's"}""", ceo));
        JsonNode decision = json(system.api(CLAIMS, "GET", "/api/claims/" + claimId, null)).get("decision");
        long deduction = decision.get("deductionMinor").asLong();
        long compensation = decision.get("compensationMinor").asLong();
        long toThePool = decision.get("poolShareMinor").asLong();
        // The money the decision moved is the claim's ledger, and it adds up: −D, +C, +(D − C).
        assertThat(deduction).as("a deduction for an upheld claim of 100 000.00").isPositive();
        assertThat(compensation + toThePool).isEqualTo(deduction);
        assertThat(balance(json(system.api(CLAIMS, "GET", "/api/ledger/accounts/annual-pool?year=" + claimYear, null))))
                .isEqualTo(balance(annualPoolBefore) + toThePool);

        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode churn = report("/api/reports/churn?year=" + lossYear);
            assertThat(delta(churn, churnBefore, "lostCustomers")).as("lost customers").isEqualTo(1);
            assertThat(delta(churn, churnBefore, "lostKeyCustomers")).as("lost key customers").isEqualTo(1);
            assertThat(delta(churn, churnBefore, "bySignificance", "KEY")).isEqualTo(1);
            assertThat(delta(churn, churnBefore, "bySignificance", "REGULAR")).isZero();
            assertThat(delta(churn, churnBefore, "byPrimaryReason", "STAFF_ATTITUDE")).isEqualTo(1);
            assertThat(delta(churn, churnBefore, "byPrimaryReason", "PRICE_AND_DISCOUNTS")).as("named, not primary").isZero();
            assertThat(delta(churn, churnBefore, "byReason", "STAFF_ATTITUDE")).isEqualTo(1);
            assertThat(delta(churn, churnBefore, "byReason", "PRICE_AND_DISCOUNTS")).isEqualTo(1);
            assertThat(delta(churn, churnBefore, "byDepartmentAtFault", "logistics")).isEqualTo(1);
            assertThat(delta(churn, churnBefore, "byDepartmentAtFault", "production")).as("sales named logistics only").isZero();
            assertThat(churn.path("byCompetitor").path(competitor).asInt(-1)).as("this story's competitor, once").isEqualTo(1);
            assertThat(delta(churn, churnBefore, "staffAttitude", "keyCustomers", "losses")).isEqualTo(1);
            assertThat(delta(churn, churnBefore, "staffAttitude", "keyCustomers", "asPrimary")).isEqualTo(1);
            assertFresh(churn.get("freshness"), storyBegan);

            JsonNode interviews = report("/api/reports/exit-interviews?year=" + lossYear);
            assertThat(delta(interviews, interviewsBefore, "losses")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "funnel", "opened")).as("one case per loss").isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "funnel", "completed")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "funnel", "byInterview")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "funnel", "bySelfService")).isZero();
            assertThat(delta(interviews, interviewsBefore, "funnel", "declined")).isZero();
            assertThat(delta(interviews, interviewsBefore, "funnel", "open")).as("opened and completed").isZero();
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "compared")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "primaryReasonsMatch"))
                    .as("sales said staff attitude, the customer assortment").isZero();
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "byReason", "STAFF_ATTITUDE", "bySales")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "byReason", "ASSORTMENT", "byCustomers")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "byReason", "STAFF_ATTITUDE", "byCustomers")).isZero();
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "departmentsAtFault", "production", "customers")).isEqualTo(1);
            assertThat(delta(interviews, interviewsBefore, "salesVsCustomer", "departmentsAtFault", "logistics", "sales")).isEqualTo(1);
            assertFresh(interviews.get("freshness"), storyBegan);

            JsonNode claims = report("/api/reports/claims?year=" + claimYear);
            assertThat(delta(claims, claimsBefore, "totals", "filed")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "totals", "decided")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "totals", "upheld")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "totals", "partiallyUpheld")).isZero();
            assertThat(delta(claims, claimsBefore, "totals", "rejected")).isZero();
            assertThat(delta(claims, claimsBefore, "totals", "deductions", "RUB")).isEqualTo(deduction);
            assertThat(delta(claims, claimsBefore, "totals", "compensations", "RUB")).isEqualTo(compensation);
            assertThat(delta(claims, claimsBefore, "totals", "toThePool", "RUB")).isEqualTo(toThePool);
            assertThat(delta(claims, claimsBefore, "byDepartment", "sales", "filed")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "byDepartment", "sales", "asClaimant", "upheld")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "byDepartment", "sales", "compensated", "RUB")).isEqualTo(compensation);
            assertThat(delta(claims, claimsBefore, "byDepartment", "production", "received")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "byDepartment", "production", "asRespondent", "upheld")).isEqualTo(1);
            assertThat(delta(claims, claimsBefore, "byDepartment", "production", "deducted", "RUB")).isEqualTo(deduction);
            assertThat(delta(claims, claimsBefore, "byDepartment", "production", "sentToThePool", "RUB")).isEqualTo(toThePool);
            assertFresh(claims.get("freshness"), storyBegan);

            JsonNode pool = report("/api/reports/pool/" + claimYear);
            assertThat(delta(pool, poolBefore, "pool", "fromClaims")).as("the decision's transfer to the pool").isEqualTo(toThePool);
            assertThat(delta(pool, poolBefore, "pool", "total")).isEqualTo(toThePool);
            assertFresh(pool.get("freshness"), storyBegan);

            assertFresh(report("/api/reports/freshness"), storyBegan);
        });
    }

    /** Waits for reporting to have consumed what the stories before this one wrote, so that "before" is settled. */
    private void awaitQuiet() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode freshness = report("/api/reports/freshness");
            for (JsonNode topic : freshness.get("topics")) {
                if (TOPICS.contains(topic.path("topic").asString())) {
                    assertThat(topic.path("lag").asLong(-1)).as("lag of %s", topic).isZero();
                }
            }
        });
    }

    /** Each of the three topics: its last event applied made at or after the story began, and the lag given. */
    private static void assertFresh(JsonNode freshness, Instant storyBegan) {
        assertThat(freshness).as("a freshness member").isNotNull();
        for (String name : TOPICS) {
            JsonNode topic = null;
            for (JsonNode candidate : freshness.get("topics")) {
                if (name.equals(candidate.path("topic").asString())) {
                    topic = candidate;
                }
            }
            assertThat(topic).as("%s in %s", name, freshness).isNotNull();
            assertThat(Instant.parse(topic.get("lastEventTime").asString())).as("last event of %s", name).isAfterOrEqualTo(storyBegan);
            assertThat(Instant.parse(topic.get("lastAppliedAt").asString())).as("applied, %s", name).isAfterOrEqualTo(storyBegan);
            assertThat(topic.get("lag").isNumber()).as("the lag of %s: %s", name, topic).isTrue();
            assertThat(topic.get("lag").asLong()).isNotNegative();
        }
    }

    private String caseOf(String token, String customerId) {
        for (JsonNode found : json(system.api(SURVEY, "GET", "/api/exit-interviews", null, token))) {
            if (customerId.equals(found.path("customerId").asString())) {
                return found.get("id").asString();
            }
        }
        return null;
    }

    private JsonNode report(String path) {
        return json(system.api(REPORTING, "GET", path, null));
    }

    /** A figure now less the figure before; absent counts as 0 (a map has no key for what never happened). */
    private static long delta(JsonNode now, JsonNode before, String... path) {
        return at(now, path) - at(before, path);
    }

    private static long at(JsonNode node, String... path) {
        JsonNode value = node;
        for (String step : path) {
            value = value.path(step);
        }
        assertThat(value.isMissingNode() || value.isNull() || value.isNumber()).as("%s is a number", String.join(".", path)).isTrue();
        return value.asLong(0);
    }

    /** The account's balance in RUB minor units, 0 without entries. */
    private static long balance(JsonNode account) {
        for (JsonNode amount : account.path("balance")) {
            if ("RUB".equals(amount.path("currency").asString())) {
                return amount.get("minor").asLong();
            }
        }
        return 0;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
