package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service UI signing a user in, step by step as its Spring Security client would: authorization request with
 * PKCE, the user's sign-in at the provider, the redirect back with a code, the code exchanged for tokens.
 */
final class AuthorizationCodeFlow {

    static final String UI_SECRET = "local-ui-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Browser browser;
    private final String clientId;
    private final String redirectUri;
    private final String verifier = randomUrlSafe(32);
    private final String state = randomUrlSafe(16);

    AuthorizationCodeFlow(Browser browser, String clientId, String uiUrl) {
        this.browser = browser;
        this.clientId = clientId;
        this.redirectUri = uiUrl + "/login/oauth2/code/atelier";
    }

    /** Opens the UI's sign-in link; the answer is the login page's redirect, or a code when already signed in. */
    HttpResponse<String> authorize() {
        return authorize(Map.of());
    }

    /** The same with more OpenID Connect parameters, such as {@code prompt} or {@code max_age}. */
    HttpResponse<String> authorize(Map<String, String> parameters) {
        UriComponentsBuilder request = UriComponentsBuilder.fromUriString("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", clientId)
                .queryParam("redirect_uri", encode(redirectUri))
                .queryParam("scope", encode("openid profile"))
                .queryParam("state", state)
                .queryParam("nonce", randomUrlSafe(16))
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256");
        parameters.forEach((name, value) -> request.queryParam(name, encode(value)));
        return browser.get(request.build(true).toUriString());
    }

    /** Signs in on the login page the provider sent the browser to, and follows it back to the UI with a code. */
    JsonNode signInAtTheLoginPage(String username, String password) {
        HttpResponse<String> signedIn = browser.signIn(username, password);
        assertThat(Browser.location(signedIn)).contains("/oauth2/authorize");
        return exchange(codeFrom(browser.get(Browser.location(signedIn))));
    }

    String redirectUri() {
        return redirectUri;
    }

    /** The whole flow for someone not yet signed in at the provider. */
    JsonNode signIn(String username, String password) {
        HttpResponse<String> toLogin = authorize();
        assertThat(Browser.location(toLogin)).endsWith("/login");
        HttpResponse<String> signedIn = browser.signIn(username, password);
        assertThat(Browser.location(signedIn)).contains("/oauth2/authorize");
        return exchange(codeFrom(browser.get(Browser.location(signedIn))));
    }

    /** The whole flow for someone enrolled in a second factor: the password, then the authenticator's code. */
    JsonNode signIn(String username, String password, Authenticator app) {
        authorize();
        browser.signIn(username, password);
        HttpResponse<String> typed = browser.submit("/login/code", "/login/code", Map.of("code", app.nextCode()));
        assertThat(Browser.location(typed)).contains("/oauth2/authorize");
        return exchange(codeFrom(browser.get(Browser.location(typed))));
    }

    /** The whole flow for someone already signed in at the provider: no login page. */
    JsonNode signInAgain() {
        return exchange(codeFrom(authorize()));
    }

    String codeFrom(HttpResponse<String> redirectToUi) {
        String location = Browser.location(redirectToUi);
        assertThat(location).startsWith(redirectUri);
        Map<String, String> query = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("state", state).containsKey("code");
        return query.get("code");
    }

    /** The UI's back-end call: the code, the PKCE verifier and the client's own credentials. */
    JsonNode exchange(String code) {
        HttpResponse<String> response = exchangeRaw(code);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> exchangeRaw(String code) {
        return TokenEndpoint.post(browser.baseUrl(), clientId, UI_SECRET, Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", verifier));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
