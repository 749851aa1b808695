package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.atelier.localstack.LocalStack;
import org.atelier.localstack.LocalStackClasspath;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole system as {@code ./atelier up} runs it: every service its own JVM from its runnable jar, a real Kafka
 * broker, the MongoDB-protocol server, the identity provider issuing the tokens the APIs demand, on free ports and a fresh data directory, without demo data.
 *
 * <p>The tests are one story told in order (a customer lost, a crash, a restart), so they share the running system
 * and each builds on the state the previous one left.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class LocalSystemIT {

    private static final String LOYALTY = "loyalty-service";
    private static final String IDENTITY = "identity-service";
    private static final List<String> SERVICES = List.of(IDENTITY, LOYALTY, "survey-service", "claims-service", "reporting-service");
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
        List<Integer> ports = freePorts(3 + SERVICES.size());
        StackConfig.Builder builder = StackConfig.builder(Path.of(property("atelier.root")), dataDir,
                        new LocalStackClasspath(Path.of(property("atelier.local-stack.jar")), Path.of(property("atelier.local-stack.lib"))))
                .kafkaPort(ports.get(0))
                .kafkaControllerPort(ports.get(1))
                .mongoPort(ports.get(2))
                .demoData(false);
        for (int i = 0; i < SERVICES.size(); i++) {
            builder.servicePort(SERVICES.get(i), ports.get(3 + i));
        }
        config = builder.build();
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

    @Test
    @Order(5)
    void oneSignInOpensEveryServiceAndOneSignOutClosesThemAll() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        String[] salesStaff = demoUser("sales-staff");
        String loyalty = "http://localhost:" + config.service(LOYALTY).port();
        String survey = "http://localhost:" + config.service("survey-service").port();
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

            browser.get(loyalty + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(salesStaff[0]);
            browser.findElement(By.id("password")).sendKeys(salesStaff[1]);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user"))).getText()).contains("sales");
            assertThat(browser.getCurrentUrl()).startsWith(loyalty + "/");

            browser.get(survey + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
            assertThat(browser.getCurrentUrl()).as("no second sign-in").startsWith(survey + "/");
            assertThat(browser.findElements(By.id("password"))).isEmpty();

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));

            browser.get(loyalty + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertThat(browser.findElements(By.id("signed-in-user"))).as("loyalty's session ended too").isEmpty();
            browser.get(survey + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertThat(browser.findElements(By.id("signed-in-user"))).as("survey's session ended").isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            throw new AssertionError("Browser at " + browser.getCurrentUrl() + " showing:\n" + browser.getPageSource()
                    + "\nErrors in the loyalty-service log:\n" + errorsInLog(LOYALTY), failure);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(6)
    void salesRecordsAKeyCustomersPurchasesAndLossInTheLoyaltyPagesAndTheCardTellsItAll() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        String[] salesStaff = demoUser("sales-staff");
        String loyalty = "http://localhost:" + config.service(LOYALTY).port();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(loyalty + "/customers/new?lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(salesStaff[0]);
            browser.findElement(By.id("password")).sendKeys(salesStaff[1]);
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name"))).sendKeys("Volga Uniforms");
            browser.findElement(By.id("significance-KEY")).click();
            browser.findElement(By.id("register")).click();
            wait.until(ExpectedConditions.textToBe(By.id("customer-name"), "Volga Uniforms"));

            recordPurchase(browser, wait, "1250000.50", today.minusYears(1), "C-" + (today.getYear() - 1) + "-7");
            assertThat(browser.findElements(By.id("loyal"))).as("one year of purchases is not loyalty yet").isEmpty();
            recordPurchase(browser, wait, "980000", today, "C-" + today.getYear() + "-3");
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loyal"))).getText()).isEqualTo("LOYAL");
            // 1 point per full 100.00 RUB: 12 500 + 9 800 points to spend; only this year's 9 800 count toward the tier.
            assertThat(digits(browser.findElement(By.id("points-spendable")).getText())).isEqualTo("22300");
            assertThat(digits(browser.findElement(By.id("points-tier-points")).getText())).isEqualTo("9800");
            assertThat(browser.findElement(By.id("points-tier")).getText()).isEqualTo("Gold · 5%");

            browser.findElement(By.id("redeem-points")).sendKeys("300");
            browser.findElement(By.id("redeem-reference")).sendKeys("INV-42");
            browser.findElement(By.id("redeem")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
            assertThat(digits(browser.findElement(By.id("points-spendable")).getText())).isEqualTo("22000");
            assertThat(browser.findElement(By.id("points-tier")).getText()).as("spending keeps the tier").isEqualTo("Gold · 5%");

            browser.findElement(By.id("reward-what")).sendKeys("Visit to the plant");
            browser.findElement(By.id("reward-why")).sendKeys("Two years together");
            browser.findElement(By.id("grant-reward")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

            browser.findElement(By.id("competitor")).sendKeys("Rival Textiles");
            browser.findElement(By.id("reason-STAFF_ATTITUDE")).click();
            browser.findElement(By.id("reason-PRICE_AND_DISCOUNTS")).click();
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("primaryReason"))).selectByValue("STAFF_ATTITUDE");
            browser.findElement(By.id("dept-logistics")).click();
            browser.findElement(By.id("record-loss")).click();
            wait.until(ExpectedConditions.textToBe(By.id("status"), "Lost"));

            String timeline = browser.findElement(By.id("timeline")).getText().replace('\u00a0', ' ');
            assertThat(timeline).contains("Registered as Volga Uniforms", "RUB 1,250,000.50", "RUB 980,000.00",
                    "Spent 300 points (RUB 300.00) on INV-42", "Reward: Visit to the plant, for Two years together",
                    "Left for Rival Textiles", "Improper attitude of staff (primary)", "Logistics");
            assertThat(timeline.indexOf("Left for Rival Textiles")).as("newest first").isLessThan(timeline.indexOf("Registered as"));

            browser.findElement(By.id("nav-programme")).click();
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tiers"))).getText()).contains("Gold", "Platinum");
            assertThat(browser.findElements(By.id("programme-form"))).as("sales reads the programme, marketing revises it").isEmpty();
            assertThat(browser.findElements(By.id("loyal"))).as("a lost customer is not loyal").isEmpty();
        } catch (RuntimeException | AssertionError failure) {
            throw new AssertionError("Browser at " + browser.getCurrentUrl() + " showing:\n" + browser.getPageSource()
                    + "\nErrors in the loyalty-service log:\n" + errorsInLog(LOYALTY), failure);
        } finally {
            browser.quit();
        }
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

    @Test
    @Order(7)
    void aRefusedFormIsInViewAfterTheReloadAndTheCardListAndPlansReadWellOnALaptopAndAPhoneInBothLanguages() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        String loyalty = "http://localhost:" + config.service(LOYALTY).port();
        String customer = registerKeyCustomer("Onega Linen");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (String[] who : List.of(demoUser("sales-staff"), demoUser("finance"))) {
            WebDriver browser = HeadlessChromium.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(loyalty + "/customers?lang=en");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(who[0]);
                browser.findElement(By.id("password")).sendKeys(who[1]);
                browser.findElement(By.cssSelector("button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
                for (org.openqa.selenium.Dimension size : List.of(new org.openqa.selenium.Dimension(1366, 900),
                        new org.openqa.selenium.Dimension(390, 844))) {
                    browser.manage().window().setSize(size);
                    if (who[0].equals("sales-staff")) {
                        browser.get(loyalty + "/customers/" + customer + "?lang=en");
                        browser.findElement(By.id("amount")).sendKeys("twelve");
                        browser.findElement(By.id("contract")).sendKeys("C-1");
                        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                                "document.getElementById('purchase-date').value = arguments[0]", LocalDate.now().toString());
                        browser.findElement(By.id("record-purchase")).click();
                        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("purchase-errors")));
                        // Where the summary is on the screen: any of it in the viewport (a subpixel above the top counts).
                        Object where = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                                "const r = document.getElementById('purchase-errors').getBoundingClientRect();"
                                        + " return [r.top, r.bottom, window.innerHeight, window.innerWidth, window.scrollY].join(' ');");
                        String[] at = where.toString().split(" ");
                        assertThat(Double.parseDouble(at[1]) > 0 && Double.parseDouble(at[0]) < Double.parseDouble(at[2]))
                                .as("the refusal is in view at " + size + " (top, bottom, viewport height, width, scrolled): " + where).isTrue();
                        Files.write(shots.resolve("refused-purchase-" + size.getWidth() + "x" + size.getHeight() + ".png"),
                                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                    }
                    for (String language : List.of("en", "ru")) {
                        List<String[]> pages = who[0].equals("sales-staff")
                                ? List.of(new String[] {"card", "/customers/" + customer}, new String[] {"list", "/customers"})
                                : List.<String[]>of(new String[] {"plans", "/plans"});
                        for (String[] page : pages) {
                            browser.get(loyalty + page[1] + "?lang=" + language);
                            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kit-header")));
                            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
                            Files.write(shots.resolve(page[0] + "-" + language + "-" + size.getWidth() + "x" + size.getHeight() + ".png"), png);
                        }
                    }
                }
            } catch (RuntimeException | AssertionError failure) {
                throw new AssertionError("Browser at " + browser.getCurrentUrl() + " showing:\n" + browser.getPageSource()
                        + "\nErrors in the loyalty-service log:\n" + errorsInLog(LOYALTY), failure);
            } finally {
                browser.quit();
            }
        }
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static void recordPurchase(WebDriver browser, WebDriverWait wait, String amount, LocalDate date, String contract) {
        browser.findElement(By.id("amount")).sendKeys(amount);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('purchase-date').value = arguments[0]", date.toString());
        browser.findElement(By.id("contract")).sendKeys(contract);
        browser.findElement(By.id("record-purchase")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(contract);
    }

    /** The ERROR lines of a service's log with what follows each, to say why a page failed. */
    private String errorsInLog(String service) {
        try {
            List<String> lines = Files.readAllLines(config.dataDir().resolve("logs").resolve(service + ".log"));
            StringBuilder errors = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(" ERROR ")) {
                    lines.subList(i, Math.min(lines.size(), i + 12)).forEach(line -> errors.append(line).append('\n'));
                }
            }
            return errors.toString();
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Username and password of a demo user, from the list the identity provider wrote on its first local start. */
    private String[] demoUser(String username) throws IOException {
        for (String line : Files.readAllLines(config.dataDir().resolve("demo-users.txt"))) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length >= 2 && cells[0].equals(username)) {
                return new String[] {cells[0], cells[1]};
            }
        }
        throw new AssertionError("No demo user " + username + " in demo-users.txt");
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

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by the failsafe configuration in the pom)", name).isNotBlank();
        return value;
    }

    /** Held open together, so that no two of them are the same port. */
    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
