package org.atelier.identity.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for a service UI's back-channel logout endpoint: accepts logout tokens at Spring Security's path for
 * the {@code atelier} registration and keeps them for the test to inspect.
 */
final class FakeUiClient {

    static final String PATH = "/logout/connect/back-channel/atelier";

    private final HttpServer server;
    private final List<String> logoutTokens = new CopyOnWriteArrayList<>();

    private FakeUiClient(HttpServer server) {
        this.server = server;
    }

    static FakeUiClient start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeUiClient client = new FakeUiClient(server);
            server.createContext(PATH, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                if ("POST".equals(exchange.getRequestMethod()) && body.startsWith("logout_token=")) {
                    client.logoutTokens.add(URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    exchange.sendResponseHeaders(400, -1);
                }
                exchange.close();
            });
            server.start();
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logoutUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    List<String> logoutTokens() {
        return List.copyOf(logoutTokens);
    }
}
