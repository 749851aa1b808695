package org.atelier.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to a running service, with full control over the body and content type, so tests can
 * send exactly what a careless or hostile client would.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response with its status, content type and body. */
    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String baseUrl;
    private final String bearerToken;

    public ApiClient(String baseUrl, String bearerToken) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
    }

    /** Anonymous calls to a service on this machine. */
    public static ApiClient localPort(int port) {
        return new ApiClient("http://127.0.0.1:" + port, null);
    }

    /** The same service, called without any token. */
    public ApiClient anonymous() {
        return new ApiClient(baseUrl, null);
    }

    /** The same service, called with this access token. */
    public ApiClient withToken(String token) {
        return new ApiClient(baseUrl, token);
    }

    public Response get(String path) {
        return get(path, "application/json");
    }

    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET());
    }

    public Response postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    public Response put(String path, String body) {
        return json("PUT", path, body);
    }

    /** Any method with a JSON body (none for GET), for tests that go through a table of endpoints. */
    public Response json(String method, String path, String body) {
        if ("GET".equals(method)) {
            return get(path);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
