package org.atelier.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An access token for the machine client ({@code atelier-machine}, client credentials), as another system would
 * get one. The local system's secret is the documented local-only default unless
 * {@code ATELIER_MACHINE_CLIENT_SECRET} says otherwise.
 */
public final class MachineToken {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MachineToken() {
    }

    public static String fetch(int identityPort) throws IOException, InterruptedException {
        String secret = System.getenv().getOrDefault("ATELIER_MACHINE_CLIENT_SECRET", "local-machine-secret");
        return fetch(identityPort, "atelier-machine", secret, "atelier.read atelier.write");
    }

    /**
     * A token for the provisioning client ({@code atelier-provisioning}, scope {@code atelier.admin}), as an HR system
     * maintaining the directory would get one; the local-only default secret unless
     * {@code ATELIER_PROVISIONING_CLIENT_SECRET} says otherwise.
     */
    public static String fetchProvisioning(int identityPort) throws IOException, InterruptedException {
        String secret = System.getenv().getOrDefault("ATELIER_PROVISIONING_CLIENT_SECRET", "local-provisioning-secret");
        return fetch(identityPort, "atelier-provisioning", secret, "atelier.admin");
    }

    private static String fetch(int identityPort, String clientId, String secret, String scope) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + identityPort + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope.replace(" ", "%20")))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new AtelierException("The identity provider gave no token to " + clientId + " (" + response.statusCode() + ")");
        }
        return token.group(1);
    }
}
