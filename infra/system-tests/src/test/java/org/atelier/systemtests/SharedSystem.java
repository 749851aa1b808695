package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.atelier.localstack.LocalStack;
import org.atelier.localstack.LocalStackClasspath;
import org.atelier.localstack.MachineToken;
import org.atelier.localstack.StackConfig;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One whole running system (every service its own JVM, the real broker, the MongoDB-protocol server, the identity
 * provider with its demo users), started the first time a story asks for it and shared by every story of the test
 * JVM, then stopped when the JVM ends. Starting it costs about a minute; the department stories only add data of
 * their own (a campaign, a claim, a customer named for the story), so they can share it, and read it through the
 * same pages and APIs as people and other systems do.
 *
 * <p>Stories that restart or crash services ({@link LocalSystemIT}) keep a system of their own.
 */
final class SharedSystem {

    static final List<String> SERVICES = List.of("identity-service", "loyalty-service", "survey-service", "claims-service",
            "reporting-service");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static SharedSystem shared;
    private static Exception failedToStart;

    private final StackConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String machineToken;

    private SharedSystem(StackConfig config) {
        this.config = config;
    }

    /** The running system, started on first use. */
    static synchronized SharedSystem get() {
        if (failedToStart != null) {
            // One failed start per JVM: trying again for every story doubles the load that likely made it fail.
            throw new IllegalStateException("The shared system failed to start for an earlier story", failedToStart);
        }
        if (shared == null) {
            try {
                StackConfig config = wholeSystem(Files.createTempDirectory("atelier-stories")).build();
                LocalStack stack = new LocalStack(config, System.out::println);
                stack.start();
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-shared-system"));
                shared = new SharedSystem(config);
            } catch (IOException | RuntimeException e) {
                // LocalStack.start has stopped what it started.
                failedToStart = e;
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
        return shared;
    }

    /**
     * Every service on free ports, over a fresh data directory, without demo data: the configuration of the shared
     * system, and the start of one a story keeps for itself (it may change the services, e.g. their environment).
     */
    static StackConfig.Builder wholeSystem(Path dataDir) throws IOException {
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
        return builder;
    }

    /** The service's address as a browser opens it, e.g. {@code http://localhost:8082}. */
    String url(String service) {
        return "http://localhost:" + config.service(service).port();
    }

    /** Username and password of a demo user, from the list the identity provider wrote on its first start. */
    String[] demoUser(String username) {
        return demoUser(config, username);
    }

    /** Username and password of a demo user of any local system, from the list its provider wrote on its first start. */
    static String[] demoUser(StackConfig config, String username) {
        try {
            for (String line : Files.readAllLines(config.dataDir().resolve("demo-users.txt"))) {
                String[] cells = line.strip().split("\\s+");
                if (cells.length >= 2 && cells[0].equals(username)) {
                    return new String[] {cells[0], cells[1]};
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No demo user " + username + " in demo-users.txt");
    }

    /**
     * Opens {@code url} in the browser and signs in there as the demo user at the provider's page, ending back on
     * the page asked for.
     */
    void signIn(WebDriver browser, String url, String username) {
        String[] user = demoUser(username);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(user[0]);
        browser.findElement(By.id("password")).sendKeys(user[1]);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    /** Calls a service's API as another system does, with the machine client's token from the real provider. */
    HttpResponse<String> api(String service, String method, String path, String json) {
        try {
            if (machineToken == null) {
                machineToken = MachineToken.fetch(config.service("identity-service").port());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return api(service, method, path, json, machineToken);
    }

    /** Calls a service's API with a token of the caller's own, e.g. {@link #personToken a person's}. */
    HttpResponse<String> api(String service, String method, String path, String json, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.service(service).port() + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                    .timeout(Duration.ofSeconds(10)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A demo user's access token for the APIs, got the way a service's pages get one: the person signs in at the
     * provider's login page, the service's UI client asks for a code with PKCE and exchanges it with its secret (the
     * local system's default). The APIs take bearer tokens only, so this is how a test acts there as a person.
     */
    String personToken(String username, String service) {
        String[] user = demoUser(username);
        String provider = "http://localhost:" + config.service("identity-service").port();
        String client = service.replace("-service", "-ui");
        String redirect = "http://localhost:" + config.service(service).port() + "/login/oauth2/code/atelier";
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(provider + "/login")).GET()
                    .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(login.body());
            assertThat(csrf.find()).as("a CSRF token on the login page:\n" + login.body()).isTrue();
            HttpResponse<String> signedIn = browser.send(form(provider + "/login", Map.of("_csrf", csrf.group(1),
                    "username", user[0], "password", user[1])).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as(username + " signs in").doesNotContain("error");

            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            HttpResponse<String> authorized = browser.send(HttpRequest.newBuilder(URI.create(provider + "/oauth2/authorize"
                            + "?response_type=code&client_id=" + client + "&scope=" + encode("openid profile") + "&state=story"
                            + "&redirect_uri=" + encode(redirect) + "&code_challenge=" + challenge + "&code_challenge_method=S256"))
                    .GET().timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
            String location = authorized.headers().firstValue("Location").orElse("");
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            assertThat(code.find()).as("a code for %s at %s (%d): %s", client, location, authorized.statusCode(), authorized.body()).isTrue();

            String secret = Base64.getEncoder().encodeToString((client + ":local-ui-secret").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = browser.send(form(provider + "/oauth2/token", Map.of("grant_type", "authorization_code",
                            "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), "redirect_uri", redirect, "code_verifier", verifier))
                    .header("Authorization", "Basic " + secret).build(), HttpResponse.BodyHandlers.ofString());
            Matcher access = ACCESS_TOKEN.matcher(token.body());
            assertThat(access.find()).as("an access token for %s: %s", username, token.body()).isTrue();
            return access.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(15));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The ERROR lines of a service's log with what follows each, to say why a page failed. */
    String errorsInLog(String service) {
        return errorsInLog(config, service);
    }

    /** The ERROR lines of a service's log in any local system, with what follows each. */
    static String errorsInLog(StackConfig config, String service) {
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

    String kafkaBootstrapServers() {
        return config.kafkaBootstrapServers();
    }

    static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property %s (set by the failsafe configuration in the pom)", name).isNotBlank();
        return value;
    }

    /** Held open together, so that no two of them are the same port. */
    static List<Integer> freePorts(int count) throws IOException {
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
