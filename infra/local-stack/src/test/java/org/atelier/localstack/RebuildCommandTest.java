package org.atelier.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rebuild command against a stand-in for the identity provider and the reporting service on one local port. */
class RebuildCommandTest {

    private HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> printed = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger polls = new AtomicInteger();
    private volatile int startStatus = 202;
    private volatile String finalState = "FINISHED";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> answer(exchange, 200, "{\"access_token\":\"machine-token\",\"token_type\":\"Bearer\"}"));
        server.createContext("/api/admin/rebuild/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            String view = exchange.getRequestURI().getPath().substring("/api/admin/rebuild/".length());
            if ("POST".equals(exchange.getRequestMethod())) {
                answer(exchange, startStatus, startStatus == 202 ? status(view, "RUNNING", 0) : "{\"detail\":\"busy\"}");
            } else {
                boolean done = polls.incrementAndGet() % 2 == 0;
                answer(exchange, 200, status(view, done ? finalState : "RUNNING", done ? 42 : 7));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aViewIsStartedWithTheMachineTokenAndFollowedUntilItHasSwitched() {
        int exit = command().run("claims");

        assertThat(exit).isZero();
        assertThat(requests).first().isEqualTo("POST /api/admin/rebuild/claims Bearer machine-token");
        assertThat(requests).allMatch(request -> request.endsWith("/api/admin/rebuild/claims Bearer machine-token"));
        assertThat(printed).anyMatch(line -> line.contains("claims") && line.contains("42 record(s) applied"));
    }

    @Test
    void withoutAViewEveryViewIsRebuiltInTurn() {
        assertThat(command().run(null)).isZero();

        assertThat(requests.stream().filter(request -> request.startsWith("POST")).map(request -> request.split(" ")[1]))
                .containsExactly("/api/admin/rebuild/churn", "/api/admin/rebuild/exit-interviews", "/api/admin/rebuild/claims",
                        "/api/admin/rebuild/pool", "/api/admin/rebuild/matrix");
    }

    @Test
    void aRebuildRunningAlreadyIsFollowedAndAFailedOneExitsWith1() {
        startStatus = 409;
        finalState = "FAILED";

        assertThat(command().run("pool")).isEqualTo(1);
        assertThat(printed).anyMatch(line -> line.contains("running already"));
        assertThat(printed).anyMatch(line -> line.contains("failed"));
    }

    @Test
    void anUnknownViewIsRefusedBeforeAnythingIsCalled() {
        assertThatThrownBy(() -> command().run("everything")).isInstanceOf(AtelierException.class).hasMessageContaining("churn, exit-interviews");
        assertThat(requests).isEmpty();
    }

    @Test
    void aSystemThatIsNotRunningIsSaidSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RebuildCommand command = new RebuildCommand(closedPort, server.getAddress().getPort(), Duration.ofMillis(10), Duration.ofSeconds(5),
                new Console(printed::add));

        assertThatThrownBy(() -> command.run("churn")).isInstanceOf(AtelierException.class).hasMessageContaining("Is Atelier running?");
    }

    private RebuildCommand command() {
        int port = server.getAddress().getPort();
        return new RebuildCommand(port, port, Duration.ofMillis(10), Duration.ofSeconds(5), new Console(printed::add));
    }

    private static String status(String view, String state, int applied) {
        return "{\"view\":\"" + view + "\",\"state\":\"" + state + "\",\"recordsApplied\":" + applied + ",\"recordsSkipped\":1,\"error\":"
                + ("FAILED".equals(state) ? "\"broker away\"" : "null") + "}";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
