package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atelier.localstack.LocalStack;
import org.atelier.localstack.LocalStackClasspath;
import org.atelier.localstack.ServiceSpec;
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
 * What an admin changes about a person takes effect at once, over real processes: the provider and the loyalty
 * service, each its own JVM, with the demo users. The provider's back-channel logout to loyalty is pointed at a
 * port nobody listens on, so that only the loyalty session's own check of its person, at least once a minute,
 * can end or downgrade the session there; the person's browser never goes back to the provider meanwhile.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class SessionsFollowThePersonIT {

    private static final String IDENTITY = "identity-service";
    private static final String LOYALTY = "loyalty-service";
    /** The default check interval (60 s), and some room for a slow machine. */
    private static final Duration WITHIN_A_MINUTE = Duration.ofSeconds(75);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\"\\s+value=\"(\\d+)\"");

    private StackConfig config;
    private LocalStack stack;
    private Browser admin;
    private Browser finance;
    private Browser leaving;
    /** When the finance role was taken away and the leaving person deactivated: each must take effect a minute on. */
    private Instant changedAt;

    @BeforeAll
    void startTheProviderAndLoyalty(@TempDir Path dataDir) throws Exception {
        List<Integer> ports = SharedSystem.freePorts(6);
        ServiceSpec identity = ServiceSpec.identity(ports.get(3));
        identity = new ServiceSpec(identity.name(), identity.module(), identity.port(), identity.jvmArgs(), identity.programArgs(),
                Map.of("ATELIER_LOYALTY_UI_BACK_CHANNEL_LOGOUT_URL", "http://127.0.0.1:" + ports.get(5) + "/nobody-listens"));
        config = StackConfig.builder(Path.of(SharedSystem.property("atelier.root")), dataDir,
                        new LocalStackClasspath(Path.of(SharedSystem.property("atelier.local-stack.jar")),
                                Path.of(SharedSystem.property("atelier.local-stack.lib"))))
                .kafkaPort(ports.get(0))
                .kafkaControllerPort(ports.get(1))
                .mongoPort(ports.get(2))
                .services(List.of(identity, ServiceSpec.of(LOYALTY, ports.get(4))))
                .demoData(false)
                .build();
        stack = new LocalStack(config, System.out::println);
        stack.start();
        admin = new Browser();
        admin.signInAtTheProvider(demoUser("admin"));
        changeTwoSignedInPeople();
    }

    /**
     * Two people signed in to loyalty: one loses the finance role, the other is deactivated. Both changes are made
     * before the tests, so the minute each can take runs beside the other tests instead of one after another; each
     * test then waits until a minute (and some room) after its change, not after its own start.
     */
    private void changeTwoSignedInPeople() throws Exception {
        finance = new Browser();
        HttpResponse<String> plans = finance.signInThroughLoyalty(demoUser("finance"));
        assertThat(plans.statusCode()).as(plans.body()).isEqualTo(200);
        leaving = new Browser();
        leaving.signInThroughLoyalty(demoUser("sales-head"));
        assertThat(leaving.get(loyalty("/customers")).statusCode()).isEqualTo(200);

        assign("finance", "finance", "OTHER_STAFF", "EMPLOYEE");
        HttpResponse<String> deactivated = admin.post(identity("/admin/users/sales-head/deactivate"),
                List.of(Map.entry("_csrf", csrf(admin.get(identity("/admin/users/sales-head")).body()))));
        assertThat(deactivated.statusCode()).isEqualTo(302);
        changedAt = Instant.now();
    }

    /** What is left of a minute (and some room) since the changes; at least a poll's worth. */
    private Duration withinAMinuteOfTheChanges() {
        Duration left = Duration.between(Instant.now(), changedAt.plus(WITHIN_A_MINUTE));
        return left.compareTo(Duration.ofSeconds(3)) < 0 ? Duration.ofSeconds(3) : left;
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aDemotedAdminsNextRequestToTheAdminPagesIsRefused() throws Exception {
        assign("ceo", "top-management", "TOP_MANAGEMENT", "EMPLOYEE", "MANAGEMENT", "ADMIN");
        Browser ceo = new Browser();
        ceo.signInAtTheProvider(demoUser("ceo"));
        assertThat(ceo.get(identity("/admin/users")).statusCode()).isEqualTo(200);
        String csrf = csrf(ceo.get(identity("/")).body());

        assign("ceo", "top-management", "TOP_MANAGEMENT", "EMPLOYEE", "MANAGEMENT");

        assertThat(ceo.get(identity("/admin/users")).statusCode()).isEqualTo(403);
        HttpResponse<String> create = ceo.post(identity("/admin/users"), List.of(Map.entry("_csrf", csrf),
                Map.entry("username", "shadow"), Map.entry("displayName", "Shadow"), Map.entry("department", "it"),
                Map.entry("level", "OTHER_STAFF"), Map.entry("roles", "ADMIN"), Map.entry("password", "Qw7!shadow-admin-pass")));
        assertThat(create.statusCode()).as("nor create an admin").isEqualTo(403);
        assertThat(admin.get(identity("/admin/users/shadow")).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void aPersonWhoLosesFinanceNoLongerSeesThePlansWithinAMinute() throws Exception {
        await().atMost(withinAMinuteOfTheChanges()).pollInterval(Duration.ofSeconds(2))
                .until(() -> finance.get(loyalty("/plans")).statusCode(), status -> status == 404);
        assertThat(finance.get(loyalty("/customers")).statusCode()).as("still signed in, only without the role").isEqualTo(200);
    }

    @Test
    @Order(3)
    void aDeactivatedPersonsLoyaltySessionEndsWithinAMinuteWithoutVisitingTheProvider() throws Exception {
        await().atMost(withinAMinuteOfTheChanges()).pollInterval(Duration.ofSeconds(2))
                .until(() -> leaving.get(loyalty("/customers")).statusCode(), status -> status == 302);
        HttpResponse<String> signIn = leaving.get(loyalty("/customers"));
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/atelier");
    }

    /** An admin's change of a person's department, level and roles, on the provider's user page. */
    private void assign(String username, String department, String level, String... roles) throws Exception {
        String page = admin.get(identity("/admin/users/" + username)).body();
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as(page).isTrue();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("_csrf", csrf(page)),
                Map.entry("department", department), Map.entry("level", level), Map.entry("version", version.group(1))));
        for (String role : roles) {
            fields.add(Map.entry("roles", role));
        }
        HttpResponse<String> saved = admin.post(identity("/admin/users/" + username), fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    }

    private String identity(String path) {
        return "http://localhost:" + config.service(IDENTITY).port() + path;
    }

    private String loyalty(String path) {
        return "http://localhost:" + config.service(LOYALTY).port() + path;
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in:\n" + html).isTrue();
        return matcher.group(1);
    }

    private String[] demoUser(String username) {
        return SharedSystem.demoUser(config, username);
    }

    /** Cookies kept, redirects not followed unless a step says so: what the provider and loyalty see of a browser. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient step = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final HttpClient following = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

        void signInAtTheProvider(String[] user) throws Exception {
            String login = get(identity("/login")).body();
            HttpResponse<String> signedIn = post(identity("/login"), List.of(Map.entry("_csrf", csrf(login)),
                    Map.entry("username", user[0]), Map.entry("password", user[1])));
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as(user[0] + " signs in").doesNotContain("error");
        }

        /** Opens loyalty's plans page, is sent to sign in at the provider, signs in and lands back on the plans. */
        HttpResponse<String> signInThroughLoyalty(String[] user) throws Exception {
            HttpResponse<String> login = send(following, HttpRequest.newBuilder(URI.create(loyalty("/plans"))).GET());
            assertThat(login.uri().getPath()).isEqualTo("/login");
            return send(following, form(login.uri().toString(), List.of(Map.entry("_csrf", csrf(login.body())),
                    Map.entry("username", user[0]), Map.entry("password", user[1]))));
        }

        HttpResponse<String> get(String url) throws Exception {
            return send(step, HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> post(String url, List<Map.Entry<String, String>> fields) throws Exception {
            return send(step, form(url, fields));
        }

        private HttpRequest.Builder form(String url, List<Map.Entry<String, String>> fields) {
            String body = fields.stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
