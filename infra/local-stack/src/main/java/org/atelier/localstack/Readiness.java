package org.atelier.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A service's answer to {@code GET /actuator/health/readiness}: ready means HTTP 200 with status UP, i.e. Spring
 * has started and the readiness group (Kafka, MongoDB) is healthy.
 *
 * @param up     whether the service is ready for traffic
 * @param detail "UP", "HTTP 503", "no answer"… for {@code ./atelier status}
 */
record Readiness(boolean up, String detail) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    static Readiness of(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find()) {
                return new Readiness(true, "UP");
            }
            return new Readiness(false, "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Readiness(false, "no answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Readiness(false, "interrupted");
        }
    }
}
