package org.atelier.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private static SharedSystem shared;

    private final StackConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String machineToken;

    private SharedSystem(StackConfig config) {
        this.config = config;
    }

    /** The running system, started on first use. */
    static synchronized SharedSystem get() {
        if (shared == null) {
            try {
                Path dataDir = Files.createTempDirectory("atelier-stories");
                List<Integer> ports = freePorts(3 + SERVICES.size());
                StackConfig.Builder builder = StackConfig.builder(Path.of(property("atelier.root")), dataDir,
                                new LocalStackClasspath(Path.of(property("atelier.local-stack.jar")),
                                        Path.of(property("atelier.local-stack.lib"))))
                        .kafkaPort(ports.get(0))
                        .kafkaControllerPort(ports.get(1))
                        .mongoPort(ports.get(2))
                        .demoData(false);
                for (int i = 0; i < SERVICES.size(); i++) {
                    builder.servicePort(SERVICES.get(i), ports.get(3 + i));
                }
                StackConfig config = builder.build();
                LocalStack stack = new LocalStack(config, System.out::println);
                stack.start();
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-shared-system"));
                shared = new SharedSystem(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The service's address as a browser opens it, e.g. {@code http://localhost:8082}. */
    String url(String service) {
        return "http://localhost:" + config.service(service).port();
    }

    /** Username and password of a demo user, from the list the identity provider wrote on its first start. */
    String[] demoUser(String username) {
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
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.service(service).port() + path))
                    .header("Authorization", "Bearer " + machineToken).header("Content-Type", "application/json")
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

    /** The ERROR lines of a service's log with what follows each, to say why a page failed. */
    String errorsInLog(String service) {
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
