package org.atelier.localstack;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./atelier rebuild [view]}: has the running reporting service rebuild one read model (or each in turn) from
 * offset 0 of its topic, and follows it until it has switched. It calls the service's admin API with the machine
 * client's token, as any other system would; the reports keep answering from the old collections meanwhile.
 */
final class RebuildCommand {

    static final List<String> VIEWS = List.of("churn", "exit-interviews", "claims", "pool", "matrix");
    static final String REPORTING = "reporting-service";
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern APPLIED = Pattern.compile("\"recordsApplied\"\\s*:\\s*(\\d+)");
    private static final Pattern SKIPPED = Pattern.compile("\"recordsSkipped\"\\s*:\\s*(\\d+)");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int reportingPort;
    private final int identityPort;
    private final Duration pollEvery;
    private final Duration giveUpAfter;
    private final Console console;

    RebuildCommand(StackConfig config) {
        this(config.service(REPORTING).port(), config.service(ServiceSpec.IDENTITY).port(), Duration.ofSeconds(1), Duration.ofHours(1),
                new Console(System.out::println));
    }

    RebuildCommand(int reportingPort, int identityPort, Duration pollEvery, Duration giveUpAfter, Console console) {
        this.reportingPort = reportingPort;
        this.identityPort = identityPort;
        this.pollEvery = pollEvery;
        this.giveUpAfter = giveUpAfter;
        this.console = console;
    }

    /** @param view one of {@link #VIEWS}, or {@code null} for all of them, one after the other */
    int run(String view) {
        if (view != null && !VIEWS.contains(view)) {
            throw new AtelierException("There is no view '" + view + "'; the views are " + String.join(", ", VIEWS) + ".");
        }
        try {
            String token = token();
            boolean allRebuilt = true;
            for (String each : view == null ? VIEWS : List.of(view)) {
                allRebuilt &= rebuild(each, token);
            }
            return allRebuilt ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private String token() throws InterruptedException {
        try {
            return MachineToken.fetch(identityPort);
        } catch (IOException e) {
            throw notRunning("the identity provider", identityPort, e);
        }
    }

    private boolean rebuild(String view, String token) throws InterruptedException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri(view)).POST(HttpRequest.BodyPublishers.noBody()), token);
        if (started.statusCode() == 409) {
            console.component(view, "a rebuild is running already; following it");
        } else if (started.statusCode() != 202) {
            console.component(view, "not started: " + started.statusCode() + " " + text(DETAIL, started.body(), started.body()));
            return false;
        } else {
            console.component(view, "rebuilding from offset 0; the reports read the current model meanwhile");
        }
        long deadline = System.nanoTime() + giveUpAfter.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = send(HttpRequest.newBuilder(uri(view)).GET(), token);
            String state = text(STATE, status.body(), "UNKNOWN");
            if ("FINISHED".equals(state)) {
                console.component(view, "rebuilt: " + text(APPLIED, status.body(), "0") + " record(s) applied, "
                        + text(SKIPPED, status.body(), "0") + " skipped (as the live consumer skipped them); now serving the new model");
                return true;
            }
            if ("FAILED".equals(state) || status.statusCode() != 200) {
                console.component(view, "rebuild failed, the current model stays: " + text(ERROR, status.body(), status.body()));
                return false;
            }
            Thread.sleep(pollEvery.toMillis());
        }
        console.component(view, "still rebuilding after " + giveUpAfter.toMinutes() + " min; follow it at " + uri(view));
        return false;
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token) throws InterruptedException {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw notRunning(REPORTING, reportingPort, e);
        }
    }

    private URI uri(String view) {
        return URI.create("http://127.0.0.1:" + reportingPort + "/api/admin/rebuild/" + view);
    }

    private static AtelierException notRunning(String what, int port, IOException e) {
        String why = e instanceof ConnectException ? "nothing answers there" : String.valueOf(e.getMessage());
        return new AtelierException("Cannot reach " + what + " on port " + port + " (" + why + "). Is Atelier running? ./atelier status tells.");
    }

    private static String text(Pattern pattern, String body, String otherwise) {
        Matcher matcher = pattern.matcher(body == null ? "" : body);
        return matcher.find() ? matcher.group(1) : otherwise;
    }
}
