package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.atelier.testsupport.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/** Callers of the admin API with tokens the provider really issues: people through a UI's sign-in, systems by client credentials. */
final class AdminApiCallers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final int port;

    AdminApiCallers(String baseUrl, int port) {
        this.baseUrl = baseUrl;
        this.port = port;
    }

    /** A person signed in at the loyalty UI, with the access token that UI would send. */
    ApiClient person(String username, String password) {
        return ApiClient.localPort(port).withToken(personToken(username, password));
    }

    String personToken(String username, String password) {
        return new AuthorizationCodeFlow(new Browser(baseUrl), "loyalty-ui", "http://localhost:8081").signIn(username, password)
                .get("access_token").asString();
    }

    /** The same for someone whose role requires a second factor, enrolled with {@code app}. */
    String personToken(String username, String password, Authenticator app) {
        return new AuthorizationCodeFlow(new Browser(baseUrl), "loyalty-ui", "http://localhost:8081").signIn(username, password, app)
                .get("access_token").asString();
    }

    ApiClient provisioning() {
        return ApiClient.localPort(port).withToken(clientCredentials("atelier-provisioning", RunningProvider.PROVISIONING_SECRET, "atelier.admin"));
    }

    /** The everyday machine client, with every scope it may have: never the admin one. */
    ApiClient machine() {
        return ApiClient.localPort(port).withToken(clientCredentials("atelier-machine", "local-machine-secret", "atelier.read atelier.write"));
    }

    String clientCredentials(String clientId, String secret, String scope) {
        HttpResponse<String> response = TokenEndpoint.post(baseUrl, clientId, secret, Map.of("grant_type", "client_credentials", "scope", scope));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }
}
