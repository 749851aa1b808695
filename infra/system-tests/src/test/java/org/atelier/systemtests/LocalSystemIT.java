package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.localstack.LocalStack;
import org.atelier.localstack.MachineToken;
import org.atelier.localstack.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole system as {@code ./atelier up} runs it: every service its own JVM from its runnable jar, a real Kafka
 * broker, the MongoDB-protocol server, the identity provider issuing the tokens the APIs demand, on free ports and a fresh data directory, without demo data.
 *
 * <p>The tests are one story told in order (a customer lost, a crash, a restart), so they share the running system
 * and each builds on the state the previous one left. What needs no crash, restart or change of the directory (the
 * pages' stories) runs on the shared system instead ({@link LoyaltyPagesStoriesIT}).
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class LocalSystemIT {

    private static final String LOYALTY = "loyalty-service";
    private static final String IDENTITY = "identity-service";
    private static final List<String> SERVICES = SharedSystem.SERVICES;
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** Yesterday: a loss may not be dated in the future, and the report is asked for that year. */
    private static final LocalDate LOST_ON = LocalDate.now().minusDays(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StackConfig config;
    private LocalStack stack;
    private String firstCustomerId;
    private String machineToken;

    @BeforeAll
    void startTheSystem(@TempDir Path dataDir) throws IOException {
        config = SharedSystem.wholeSystem(dataDir).build();
        stack = new LocalStack(config, System.out::println);
        stack.start();
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void everyServiceReportsReadiness() throws Exception {
        for (String service : SERVICES) {
            HttpResponse<String> readiness = get(service, "/actuator/health/readiness");

            assertThat(readiness.statusCode()).as(service).isEqualTo(200);
            assertThat(readiness.body()).as(service).containsPattern("\"status\"\\s*:\\s*\"UP\"");
        }
    }

    @Test
    @Order(2)
    void lossOfAKeyCustomerBlamedOnLogisticsReachesTheChurnReport() throws Exception {
        firstCustomerId = registerKeyCustomer("Northwind Trading");

        HttpResponse<String> loss = recordStaffAttitudeLoss(firstCustomerId);

        assertThat(loss.statusCode()).as(loss.body()).isEqualTo(200);
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            String report = churnReport();
            assertThat(number(report, "lostCustomers")).as(report).isEqualTo(1);
            assertThat(object(report, "byDepartmentAtFault")).as(report).containsPattern("\"logistics\"\\s*:\\s*1\\b");
        });
    }

    @Test
    @Order(3)
    void eventWrittenButNeverPublishedIsPublishedAfterTheCrashedServiceRestarts() throws Exception {
        String secondCustomerId = registerKeyCustomer("Baltic Linen Works");
        stack.stopService(LOYALTY);
        stack.startService(LOYALTY, "--atelier.outbox.crash-drill=halt-after-write");

        assertThatThrownBy(() -> recordStaffAttitudeLoss(secondCustomerId))
                .as("the service halts after writing the loss, before answering")
                .isInstanceOf(IOException.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> stack.exitCode(LOYALTY).isPresent());
        assertThat(stack.exitCode(LOYALTY)).hasValue(137);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> number(churnReport(), "lostCustomers") == 1);

        stack.startService(LOYALTY);

        await().atMost(EVENTUALLY).until(() -> number(churnReport(), "lostCustomers") == 2);
    }

    @Test
    @Order(4)
    void dataSurvivesARestartOfTheWholeSystem() throws Exception {
        stack.close();
        stack = new LocalStack(config, System.out::println);
        stack.start();

        assertThat(get(LOYALTY, "/api/customers/" + firstCustomerId).statusCode()).isEqualTo(200);
        await().atMost(EVENTUALLY).until(() -> number(churnReport(), "lostCustomers") == 2);
    }


    /**
     * After the story: every record on every published topic, read from offset 0 with a plain consumer and the
     * official CloudEvents SDK, is a CloudEvent with exactly the declared headers whose payload its schema accepts.
     */
    @Test
    @Order(8)
    void aDepartmentCreatedAtTheProviderIsAcceptedByLoyaltyWithinSecondsAndRefusedForNewLossesOnceClosed() throws Exception {
        String provisioning = MachineToken.fetchProvisioning(config.service(IDENTITY).port());
        HttpResponse<String> created = send(IDENTITY, "POST", "/api/departments",
                "{\"code\":\"exhibitions\",\"nameEn\":\"Exhibitions\",\"nameRu\":\"Выставки\"}", provisioning);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String blamedBefore = registerKeyCustomer("Volga Fairs");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> loss = recordLossBlaming(blamedBefore, "exhibitions");
            assertThat(loss.statusCode()).as("loyalty learns the new department from the log: " + loss.body()).isEqualTo(200);
        });

        HttpResponse<String> closed = send(IDENTITY, "POST", "/api/departments/exhibitions/closure", "", provisioning);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        String blamedAfter = registerKeyCustomer("Kama Expo");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> loss = recordLossBlaming(blamedAfter, "exhibitions");
            assertThat(loss.statusCode()).as(loss.body()).isEqualTo(400);
            assertThat(loss.body()).contains("exhibitions").contains("closed");
        });
        HttpResponse<String> earlier = get(LOYALTY, "/api/customers/" + blamedBefore);
        assertThat(earlier.statusCode()).isEqualTo(200);
        assertThat(earlier.body()).as("a loss recorded while the department was in force keeps naming it").contains("exhibitions");
    }

    @Test
    @Order(9)
    void everyLossOpensOneExitInterviewCaseInTheSurveyWhichTheExitRoundReportCounts() throws Exception {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            HttpResponse<String> response = get("reporting-service", "/api/reports/exit-interviews?year=" + LOST_ON.getYear());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            int losses = number(response.body(), "losses");
            assertThat(losses).as(response.body()).isGreaterThanOrEqualTo(3);
            assertThat(number(response.body(), "opened")).as("one case per loss: " + response.body()).isEqualTo(losses);
        });
    }

    @Test
    @Order(100)
    void everyRecordOnEveryTopicIsACloudEventThatItsSchemaAccepts() throws Exception {
        TopicAudit.Findings findings = TopicAudit.everyPublishedTopic(config.kafkaBootstrapServers());

        assertThat(findings.topics()).contains("atelier.loyalty.events", "atelier.identity.events");
        assertThat(findings.records()).as("the story published events").isPositive();
        assertThat(findings.problems()).as("records breaking their contract").isEmpty();
    }


    private String registerKeyCustomer(String name) throws Exception {
        HttpResponse<String> response = post(LOYALTY, "/api/customers", "{\"name\":\"" + name + "\",\"significance\":\"KEY\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)").matcher(response.body());
        assertThat(id.find()).as(response.body()).isTrue();
        return id.group(1);
    }

    private HttpResponse<String> recordLossBlaming(String customerId, String department) throws Exception {
        return post(LOYALTY, "/api/customers/" + customerId + "/loss", """
                {"competitor":"Rival Textiles","lostOn":"%s","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["%s"]}]}""".formatted(LOST_ON, department));
    }

    private HttpResponse<String> recordStaffAttitudeLoss(String customerId) throws Exception {
        return post(LOYALTY, "/api/customers/" + customerId + "/loss", """
                {"competitor":"Rival Textiles","lostOn":"%s","reasons":[
                  {"code":"STAFF_ATTITUDE","primary":true,"departmentsAtFault":["logistics"]},
                  {"code":"PRICE_AND_DISCOUNTS","primary":false,"departmentsAtFault":[]}]}""".formatted(LOST_ON));
    }

    private String churnReport() throws Exception {
        HttpResponse<String> response = get("reporting-service", "/api/reports/churn?year=" + LOST_ON.getYear());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String service, String path) throws IOException, InterruptedException {
        return http.send(request(service, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String service, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = request(service, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Calls with a token of the caller's own, e.g. the provisioning client's at the provider's admin API. */
    private HttpResponse<String> send(String service, String method, String path, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.service(service).port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Calls as another system would: with the machine client's token from the real identity provider, fetched
     * once (it lives 10 minutes, longer than this class runs; its signing key survives the restart).
     */
    private HttpRequest.Builder request(String service, String path) throws IOException, InterruptedException {
        if (machineToken == null) {
            machineToken = MachineToken.fetch(config.service(IDENTITY).port());
        }
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.service(service).port() + path))
                .header("Authorization", "Bearer " + machineToken)
                .timeout(Duration.ofSeconds(10));
    }

    /** A top-level number field of a flat JSON answer; -1 if absent. */
    private static int number(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The body of a JSON object field without nested objects, e.g. {@code "logistics":1}; empty if absent. */
    private static String object(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }
}
