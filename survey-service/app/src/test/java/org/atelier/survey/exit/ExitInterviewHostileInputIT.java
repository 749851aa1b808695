package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.atelier.directory.testing.CompanyDepartments;
import org.atelier.survey.exit.application.OpeningCases;
import org.atelier.testsupport.ApiClient;
import org.atelier.testsupport.TestIdentityProvider;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input from the case's own assignee: a 400 problem saying what is wrong, and the case as it was. */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=survey_exit_api_it", "atelier.topics.survey=it.exit-api.survey.events"})
class ExitInterviewHostileInputIT {

    @LocalServerPort
    int port;

    @Autowired
    OpeningCases opening;

    @Test
    void everyMalformedOrRuleBreakingAttemptIsA400AndChangesNothing() {
        String manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = CasesForTests.openFor(opening, manager);
        ApiClient api = ApiClient.localPort(port).withToken(TestIdentityProvider.user("sales", "EMPLOYEE").subject(manager).signed());
        String yesterday = CasesForTests.YESTERDAY.toString();

        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("malformed JSON", "{\"channel\":");
        attempts.put("not an object", "[1,2]");
        attempts.put("empty body", "");
        attempts.put("unknown channel", "{\"channel\":\"PIGEON\",\"on\":\"" + yesterday + "\",\"outcome\":\"NO_ANSWER\"}");
        attempts.put("unknown outcome", "{\"channel\":\"PHONE\",\"on\":\"" + yesterday + "\",\"outcome\":\"MAYBE_LATER\"}");
        attempts.put("missing date", "{\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\"}");
        attempts.put("not a date", "{\"channel\":\"PHONE\",\"on\":\"yesterday\",\"outcome\":\"NO_ANSWER\"}");
        attempts.put("in the future", "{\"channel\":\"PHONE\",\"on\":\"2999-01-01\",\"outcome\":\"NO_ANSWER\"}");
        attempts.put("before the loss", "{\"channel\":\"PHONE\",\"on\":\"2000-01-01\",\"outcome\":\"NO_ANSWER\"}");
        attempts.put("completed without questionnaire", "{\"channel\":\"PHONE\",\"on\":\"" + yesterday + "\",\"outcome\":\"COMPLETED\"}");
        attempts.forEach((what, body) -> assertBadRequest(what, api.postJson("/api/exit-interviews/" + caseId + "/attempts", body)));

        String interview = "{\"channel\":\"PHONE\",\"on\":\"" + yesterday + "\",\"reasons\":[REASONS],\"wouldHaveKept\":KEPT,"
                + "\"wouldReturn\":\"MAYBE\",\"comment\":COMMENT}";
        String fine = "{\"code\":\"PAYMENT_TERMS\",\"primary\":true,\"departmentsAtFault\":[]}";
        Map<String, String> interviews = new LinkedHashMap<>();
        interviews.put("unknown reason code", interview.replace("REASONS", "{\"code\":\"WEATHER\",\"primary\":true,\"departmentsAtFault\":[]}"));
        interviews.put("no reason", interview.replace("REASONS", ""));
        interviews.put("two primary reasons", interview.replace("REASONS",
                fine + ",{\"code\":\"ASSORTMENT\",\"primary\":true,\"departmentsAtFault\":[]}"));
        interviews.put("the same reason twice", interview.replace("REASONS", fine + "," + fine.replace("true", "false")));
        interviews.put("staff attitude without a department", interview.replace("REASONS",
                "{\"code\":\"STAFF_ATTITUDE\",\"primary\":true,\"departmentsAtFault\":[]}"));
        interviews.put("a department for another reason", interview.replace("REASONS",
                "{\"code\":\"LOGISTICS\",\"primary\":true,\"departmentsAtFault\":[\"logistics\"]}"));
        interviews.put("an unknown department", interview.replace("REASONS",
                "{\"code\":\"STAFF_ATTITUDE\",\"primary\":true,\"departmentsAtFault\":[\"nowhere\"]}"));
        interviews.put("markup as a department", interview.replace("REASONS",
                "{\"code\":\"STAFF_ATTITUDE\",\"primary\":true,\"departmentsAtFault\":[\"<script>\"]}"));
        interviews.put("too long what-would-have-kept", interview.replace("REASONS", fine).replace("KEPT", "\"" + "x".repeat(2001) + "\""));
        interviews.put("too long comment", interview.replace("REASONS", fine).replace("COMMENT", "\"" + "x".repeat(2001) + "\""));
        interviews.put("unknown would-return", interview.replace("REASONS", fine).replace("\"MAYBE\"", "\"PERHAPS\""));
        interviews.forEach((what, body) -> assertBadRequest(what,
                api.postJson("/api/exit-interviews/" + caseId + "/interview", body.replace("KEPT", "null").replace("COMMENT", "null"))));

        assertBadRequest("a year that is not a number", ApiClient.localPort(port)
                .withToken(TestIdentityProvider.user("top-management", "MANAGEMENT").signed()).get("/api/exit-rounds/abc"));

        ApiClient.Response unchanged = api.get("/api/exit-interviews/" + caseId);
        assertThat(unchanged.json().get("attempts")).isEmpty();
        assertThat(unchanged.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(unchanged.json().get("questionnaire").isNull()).isTrue();
    }

    private static void assertBadRequest(String what, ApiClient.Response response) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
        assertThat(response.isProblem()).as(what).isTrue();
        assertThat(response.body()).as(what).doesNotContain("Exception", "tools.jackson", "org.atelier");
    }
}
