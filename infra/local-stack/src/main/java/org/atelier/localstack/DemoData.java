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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few customers and losses, sent through the loyalty API like another system would (with the machine client's
 * token), so that a fresh system has a churn
 * report worth looking at. The content is the readable resource {@code demo-data.txt}, not code.
 */
final class DemoData {

    private static final String RESOURCE = "demo-data.txt";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}\\s]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A customer to register and, if it was lost, its loss; both are request bodies as they are sent. */
    record DemoCustomer(String body, Optional<String> loss) {
    }

    private final List<DemoCustomer> customers;

    private DemoData(List<DemoCustomer> customers) {
        this.customers = customers;
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
        BufferedReader lines = new BufferedReader(source);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("customer ")) {
                customers.add(new DemoCustomer(trimmed.substring("customer ".length()).strip(), Optional.empty()));
            } else if (trimmed.startsWith("loss ") && !customers.isEmpty() && customers.get(customers.size() - 1).loss().isEmpty()) {
                DemoCustomer lost = customers.remove(customers.size() - 1);
                customers.add(new DemoCustomer(lost.body(), Optional.of(trimmed.substring("loss ".length()).strip())));
            } else {
                throw new IllegalArgumentException("Unexpected line in " + RESOURCE + ": " + trimmed);
            }
        }
        return new DemoData(List.copyOf(customers));
    }

    List<DemoCustomer> customers() {
        return customers;
    }

    long lossCount() {
        return customers.stream().filter(c -> c.loss().isPresent()).count();
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
            for (DemoCustomer customer : customers) {
                String id = registered(post(loyaltyPort, "/api/customers", customer.body(), token));
                if (customer.loss().isPresent()) {
                    post(loyaltyPort, "/api/customers/" + id + "/loss", customer.loss().get(), token);
                }
            }
            Files.writeString(dataDir.demoDataMarker(), "Demo data was loaded into this data directory." + System.lineSeparator());
            console.component("demo data", customers.size() + " customers, " + lossCount() + " losses loaded");
        } catch (AtelierException | IOException e) {
            console.component("demo data", "not loaded: " + e.getMessage() + "; the system runs without it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String post(int port, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AtelierException("POST " + path + " answered " + response.statusCode() + " " + abbreviate(response.body()));
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
