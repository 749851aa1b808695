package org.atelier.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few customers with their purchases, points, rewards and losses, and finance's plans and results of the years,
 * sent through the loyalty API like another system would (with the machine client's token), so that a fresh system
 * has customer cards, a churn report and an annual pool worth looking at. The content is the readable resource
 * {@code demo-data.txt}, not code.
 */
final class DemoData {

    private static final String RESOURCE = "demo-data.txt";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** What the lines under a customer may do to it, and where each is sent under {@code /api/customers/{id}}. */
    static final Map<String, String> ACTIONS = Map.of("purchase", "/purchases", "club", "/club", "reward", "/rewards",
            "redeem", "/redemptions", "loss", "/loss");

    /** Something done to the customer above it: a request body as it is sent, to {@code path}. */
    record Action(String kind, String body) {

        String path() {
            return ACTIONS.get(kind);
        }
    }

    /** A customer to register and what then happened to it, in order; all request bodies as they are sent. */
    record DemoCustomer(String body, List<Action> actions) {

        List<String> bodiesOf(String kind) {
            return actions.stream().filter(action -> action.kind().equals(kind)).map(Action::body).toList();
        }
    }

    /** A year's plan or results, sent to {@code PUT /api/annual-figures/{year}/plan} or {@code /results}. */
    record Figures(String kind, int year, String body) {

        String path() {
            return "/api/annual-figures/" + year + "/" + kind;
        }
    }

    /** The top-level lines that are a year's figures: {@code plan <year> <body>}, {@code results <year> <body>}. */
    static final List<String> FIGURES = List.of("plan", "results");

    private final List<DemoCustomer> customers;
    private final List<Figures> figures;

    private DemoData(List<DemoCustomer> customers, List<Figures> figures) {
        this.customers = customers;
        this.figures = figures;
    }

    static DemoData fromResource() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the local-stack jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoData read(Reader source) throws IOException {
        List<DemoCustomer> customers = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        BufferedReader lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String kind = trimmed.split("\\s", 2)[0];
            String body = trimmed.substring(kind.length()).strip();
            if (kind.equals("customer")) {
                customers.add(new DemoCustomer(body, new ArrayList<>()));
            } else if (FIGURES.contains(kind) && body.matches("\\d{4}\\s+\\{.*")) {
                String[] yearAndBody = body.split("\\s+", 2);
                figures.add(new Figures(kind, Integer.parseInt(yearAndBody[0]), yearAndBody[1]));
            } else if (ACTIONS.containsKey(kind) && !customers.isEmpty()) {
                customers.get(customers.size() - 1).actions().add(new Action(kind, body));
            } else {
                throw new IllegalArgumentException("Unexpected line in " + RESOURCE + ": " + trimmed);
            }
        }
        return new DemoData(customers.stream().map(customer -> new DemoCustomer(customer.body(), List.copyOf(customer.actions())))
                .toList(), List.copyOf(figures));
    }

    List<DemoCustomer> customers() {
        return customers;
    }

    List<Figures> figures() {
        return figures;
    }

    long count(String kind) {
        return customers.stream().mapToLong(customer -> customer.bodiesOf(kind).size()).sum();
    }

    /**
     * Loads the data unless this data directory already has it. A failure is reported but does not stop the system:
     * it is fully usable without demo data.
     */
    void loadOnce(DataDir dataDir, int loyaltyPort, int identityPort, Console console) {
        if (Files.exists(dataDir.demoDataMarker())) {
            return;
        }
        try {
            String token = MachineToken.fetch(identityPort);
            // The figures first: a start that stopped half-way loads again, and a year whose results are recorded
            // refuses its plan and results a second time (409), which then means they are there.
            for (Figures year : figures) {
                send("PUT", loyaltyPort, year.path(), year.body(), token, true);
            }
            for (DemoCustomer customer : customers) {
                String id = registered(post(loyaltyPort, "/api/customers", customer.body(), token));
                for (Action action : customer.actions()) {
                    post(loyaltyPort, "/api/customers/" + id + action.path(), action.body(), token);
                }
            }
            Files.writeString(dataDir.demoDataMarker(), "Demo data was loaded into this data directory." + System.lineSeparator());
            console.component("demo data", customers.size() + " customers, " + count("purchase") + " purchases, " + count("loss")
                    + " losses, " + figures.size() + " plans and results loaded");
        } catch (AtelierException | IOException e) {
            console.component("demo data", "not loaded: " + e.getMessage() + "; the system runs without it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String post(int port, String path, String body, String token) throws IOException, InterruptedException {
        return send("POST", port, path, body, token, false);
    }

    /** @param conflictMeansThere whether a 409 means that what is sent was sent before (and is taken as done) */
    private static String send(String method, int port, String path, String body, String token, boolean conflictMeansThere)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2 && !(conflictMeansThere && response.statusCode() == 409)) {
            throw new AtelierException(method + " " + path + " answered " + response.statusCode() + " " + abbreviate(response.body()));
        }
        return response.body();
    }

    private static String registered(String responseBody) {
        Matcher id = ID.matcher(responseBody);
        if (!id.find()) {
            throw new AtelierException("POST /api/customers answered without an \"id\": " + abbreviate(responseBody));
        }
        return id.group(1);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
