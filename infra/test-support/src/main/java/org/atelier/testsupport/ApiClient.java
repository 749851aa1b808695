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

    /** A response with its status, content type and body, and any header by name. */
    public record Response(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {

        public Response(int status, String contentType, String body) {
            this(status, contentType, body, java.util.Map.of());
        }

        /** The first value of a header, or null; names are case-insensitive as in HTTP. */
        public String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
        }

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
    private final java.util.Map<String, String> extraHeaders;

    public ApiClient(String baseUrl, String bearerToken) {
        this(baseUrl, bearerToken, java.util.Map.of());
    }

    private ApiClient(String baseUrl, String bearerToken, java.util.Map<String, String> extraHeaders) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
        this.extraHeaders = extraHeaders;
    }

    /** Anonymous calls to a service on this machine. */
    public static ApiClient localPort(int port) {
        return new ApiClient("http://127.0.0.1:" + port, null);
    }

    /** The same service, called without any token. */
    public ApiClient anonymous() {
        return new ApiClient(baseUrl, null, extraHeaders);
    }

    /** The same service, called with this access token. */
    public ApiClient withToken(String token) {
        return new ApiClient(baseUrl, token, extraHeaders);
    }

    /** The same service, each call also sending this header, e.g. {@code Idempotency-Key}. */
    public ApiClient withHeader(String name, String value) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>(extraHeaders);
        headers.put(name, value);
        return new ApiClient(baseUrl, bearerToken, java.util.Map.copyOf(headers));
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
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
                    response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
