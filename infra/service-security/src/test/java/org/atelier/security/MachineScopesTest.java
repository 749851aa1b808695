package org.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class MachineScopesTest {

    private final MachineScopes scopes = new MachineScopes();

    @ParameterizedTest(name = "{0} with scope \"{1}\" → allowed {2}")
    @CsvSource(delimiter = '|', value = {
            "GET     |                            | false",
            "POST    |                            | false",
            "GET     | atelier.read               | true",
            "HEAD    | atelier.read               | true",
            "POST    | atelier.read               | false",
            "PUT     | atelier.read               | false",
            "PATCH   | atelier.read               | false",
            "DELETE  | atelier.read               | false",
            "GET     | atelier.write              | false",
            "POST    | atelier.write              | true",
            "DELETE  | atelier.write              | true",
            "GET     | atelier.read atelier.write | true",
            "PATCH   | atelier.read atelier.write | true",
            "POST    | openid atelier.readx       | false"})
    void aMachineTokenNeedsTheScopeOfWhatItDoes(String method, String scope, boolean allowed) {
        Map<String, Object> claims = scope == null ? Map.of("roles", List.of("SYSTEM")) : Map.of("roles", List.of("SYSTEM"), "scope", scope);

        assertThat(decide(method, token(claims))).isEqualTo(allowed);
    }

    @Test
    void scopesAreReadAsAnArrayOrASpaceSeparatedStringUnderScopeOrScp() {
        assertThat(Claims.scopes(Map.of("scope", List.of("atelier.read", "atelier.write")))).containsExactly("atelier.read", "atelier.write");
        assertThat(Claims.scopes(Map.of("scope", " atelier.read  atelier.write "))).containsExactly("atelier.read", "atelier.write");
        assertThat(Claims.scopes(Map.of("scp", "atelier.write"))).containsExactly("atelier.write");
        assertThat(Claims.scopes(Map.of("scp", List.of("atelier.read")))).containsExactly("atelier.read");
        assertThat(Claims.scopes(Map.of())).isEmpty();
    }

    @Test
    void aWriteRefusalNamesTheMissingScope() {
        var result = scopes.authorize(() -> token(Map.of("roles", List.of("SYSTEM"), "scope", "atelier.read")), context("POST"));

        assertThat(result).isInstanceOfSatisfying(MachineScopes.MissingScope.class, missing -> assertThat(missing.scope()).isEqualTo("atelier.write"));
    }

    @Test
    void aPersonsTokenIsLeftToTheRolesWhateverItsScopes() {
        Authentication person = token(Map.of("roles", List.of("EMPLOYEE"), "department", "sales", "scope", "openid profile"));

        assertThat(decide("POST", person)).isTrue();
        assertThat(decide("GET", token(Map.of("roles", List.of("EMPLOYEE"))))).isTrue();
    }

    @Test
    void anAnonymousCallerIsNotLetThrough() {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(decide("GET", anonymous)).isFalse();
        assertThat(decide("GET", null)).isFalse();
    }

    private boolean decide(String method, Authentication caller) {
        return scopes.authorize(() -> caller, context(method)).isGranted();
    }

    private static RequestAuthorizationContext context(String method) {
        return new RequestAuthorizationContext(new MockHttpServletRequest(method, "/api/customers"));
    }

    private static JwtAuthenticationToken token(Map<String, Object> claims) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("caller").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(jwt::claim);
        return new JwtAuthenticationToken(jwt.build(), List.of());
    }
}
