package org.atelier.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiscoveryAndMachineTokensIT extends RunningProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    FindingUsers users;

    @Test
    void theDiscoveryDocumentNamesTheConfiguredIssuer() {
        JsonNode discovery = ApiClient.localPort(port).get("/.well-known/openid-configuration").json();

        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void bothDiscoveryDocumentsListTheApiScopesBesideOpenIdOnes() {
        for (String document : new String[] {"/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"}) {
            JsonNode discovery = ApiClient.localPort(port).get(document).json();

            assertThat(discovery.get("scopes_supported").valueStream().map(JsonNode::asString).toList()).as(document)
                    .contains("openid", "profile", "atelier.read", "atelier.write");
        }
    }

    @Test
    void thePublishedKeySaysItSignsWithRs256() {
        JsonNode key = ApiClient.localPort(port).get("/oauth2/jwks").json().get("keys").get(0);

        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("use").asString()).isEqualTo("sig");
        assertThat(key.get("alg").asString()).isEqualTo("RS256");
        assertThat(key.has("d")).as("no private part").isFalse();
    }

    @Test
    void machineTokensFollowTheJwtProfileForAccessTokens() throws Exception {
        SignedJWT token = Tokens.verified(machineToken("atelier.write atelier.read"), jwks());
        JWTClaimsSet claims = Tokens.claims(token);

        assertThat(token.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(claims.getStringClaim("client_id")).isEqualTo("atelier-machine");
        assertThat(claims.getClaim("scope")).as("one space-separated string").isEqualTo("atelier.read atelier.write");
        assertThat(claims.getSubject()).isEqualTo("atelier-machine");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getExpirationTime()).isNotNull();
    }

    @Test
    void theServicesAcceptTheMachineTokenAndReadItsScopes() {
        Jwt decoded = ServiceTokenValidation.decode(machineToken("atelier.read"), baseUrl());

        assertThat(decoded.getHeaders()).containsEntry("typ", "at+jwt");
        assertThat(decoded.getClaimAsString("scope")).isEqualTo("atelier.read");
        assertThat(decoded.getAudience()).contains("atelier-api");
    }

    @Test
    void theMachineClientGetsASignedSystemTokenForTheApis() throws Exception {
        HttpResponse<String> response = TokenEndpoint.post(baseUrl(), "atelier-machine", "local-machine-secret",
                Map.of("grant_type", "client_credentials", "scope", "atelier.read atelier.write"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String accessToken = JSON.readTree(response.body()).get("access_token").asString();
        JWTClaimsSet claims = Tokens.claims(Tokens.verified(accessToken, jwks()));
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).contains("atelier-api");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SYSTEM");
        assertThat(claims.getClaim("department")).isNull();
        assertThat(claims.getStringClaim("scope").split(" ")).containsExactlyInAnyOrder("atelier.read", "atelier.write");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aWrongSecretOrAScopeTheClientDoesNotHaveGetsNoToken() {
        assertThat(TokenEndpoint.post(baseUrl(), "atelier-machine", "guessed",
                Map.of("grant_type", "client_credentials", "scope", "atelier.read")).statusCode()).isEqualTo(401);
        assertThat(TokenEndpoint.post(baseUrl(), "atelier-machine", "local-machine-secret",
                Map.of("grant_type", "client_credentials", "scope", "openid")).statusCode()).isEqualTo(400);
    }

    @Test
    void readinessDependsOnTheDatabaseOnly() {
        ApiClient api = ApiClient.localPort(port);

        ApiClient.Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().get("components").has("mongo")).isTrue();
        assertThat(readiness.json().get("components").has("kafka")).isFalse();
        assertThat(api.get("/actuator/health").json().get("components").has("kafka")).as("no broker at all").isFalse();
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void healthTellsAnonymousCallersTheStatusOfEachComponentAndAdminsTheDetails() {
        JsonNode anonymous = ApiClient.localPort(port).get("/actuator/health").json();
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.get("components").has("mongo")).isTrue();
        anonymous.get("components").forEach(component ->
                assertThat(component.has("details")).as("no details for anonymous callers: " + anonymous).isFalse());

        Browser employee = signedIn(newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE)));
        assertThat(JSON.readTree(employee.getJson("/actuator/health").body()).get("components").get("diskSpace").has("details"))
                .as("nor for people without ADMIN").isFalse();
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));
        assertThat(JSON.readTree(admin.getJson("/actuator/health").body()).get("components").get("diskSpace").has("details"))
                .as("an admin sees the details").isTrue();
    }

    @Test
    void metricsByNameAreForAdminsWhileTheScrapeStaysOpen() {
        Browser employee = signedIn(newUser("sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE)));
        Browser admin = signedIn(newUser("it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN)));

        assertThat(employee.getJson("/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(employee.getJson("/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(403);
        assertThat(admin.getJson("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(ApiClient.localPort(port).get("/actuator/prometheus", "text/plain").status()).isEqualTo(200);
    }

    private Browser signedIn(String username) {
        Browser browser = browser();
        assertThat(Browser.location(browser.signIn(username, PASSWORD))).doesNotContain("error");
        return browser;
    }

    @Test
    void pagesCarryTheSecurityHeadersAndAnHttpOnlyLaxSessionCookie() {
        HttpResponse<String> login = browser().get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).contains("default-src 'self'; frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("atelier-identity-session=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theLoginPageSpeaksTheReadersLanguage() {
        assertThat(browser().get("/login").body()).contains("Sign in", "lang=\"en\"");
        Browser russian = browser();
        assertThat(russian.get("/login?lang=ru").body()).contains("Вход", "lang=\"ru\"");
        assertThat(russian.get("/login").body()).as("the choice is remembered").contains("Вход");
    }

    @Test
    void noDemoUsersOutsideTheLocalProfile() {
        for (String demoUser : new String[] {"admin", "ceo", "finance", "sales-head", "it-staff"}) {
            assertThat(users.find(Username.of(demoUser))).as(demoUser).isEmpty();
        }
        assertThat(Files.exists(Path.of("target/identity-it/demo-users.txt"))).isFalse();
    }

    private String machineToken(String scope) {
        HttpResponse<String> response = TokenEndpoint.post(baseUrl(), "atelier-machine", "local-machine-secret",
                Map.of("grant_type", "client_credentials", "scope", scope));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private String jwks() {
        return ApiClient.localPort(port).get("/oauth2/jwks").body();
    }
}
