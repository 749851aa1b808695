package org.atelier.identity.logout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts logout tokens to the clients, all at once. The user's logout waits for the answers, briefly, so that
 * the other UIs are signed out by the time the browser lands on its next page; a client that is down or slow
 * is logged and skipped, never allowed to hold the logout up.
 */
public class BackChannelLogoutSender {

    private static final Logger log = LoggerFactory.getLogger(BackChannelLogoutSender.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration LONGEST_WAIT = CONNECT_TIMEOUT.plus(RESPONSE_TIMEOUT);

    /** One logout token for one client. */
    public record Delivery(String clientId, URI url, String logoutToken) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public void deliver(List<Delivery> deliveries) {
        CompletableFuture<?>[] sent = deliveries.stream().map(this::post).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sent).get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("Back-channel logout: not every client answered within {}", LONGEST_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Back-channel logout failed", e.getCause());
        }
    }

    private CompletableFuture<Void> post(Delivery delivery) {
        HttpRequest request = HttpRequest.newBuilder(delivery.url())
                .timeout(RESPONSE_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(delivery.logoutToken(), StandardCharsets.US_ASCII)))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            if (error != null) {
                log.warn("Back-channel logout to {} at {} failed: {}", delivery.clientId(), delivery.url(), error.toString());
            } else if (response.statusCode() != 200) {
                log.warn("Back-channel logout to {} at {} answered {}", delivery.clientId(), delivery.url(), response.statusCode());
            }
            return null;
        });
    }
}
