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
        String credentials = Base64.getEncoder().encodeToString(("atelier-machine:" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + identityPort + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=atelier.read%20atelier.write"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new AtelierException("The identity provider gave no machine token (" + response.statusCode() + ")");
        }
        return token.group(1);
    }
}
