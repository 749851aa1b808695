package org.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

class AdministratorsTest {

    private final Administrators administrators = new Administrators();

    @Test
    void aPageSessionWhosePersonHasAdminIsLetThrough() {
        assertThat(decide(session(List.of("EMPLOYEE", "ADMIN")))).isTrue();
    }

    @Test
    void anyoneElseIsRefused() {
        assertThat(decide(session(List.of("EMPLOYEE", "FINANCE", "MANAGEMENT")))).isFalse();
        assertThat(decide(new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
                .isFalse();
        assertThat(decide(null)).isFalse();
    }

    @Test
    void anAuthorityGrantedAtSignInDoesNotCountOnlyTheCurrentClaims() {
        Authentication demoted = new OAuth2AuthenticationToken(person(List.of("EMPLOYEE")),
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"), "atelier");

        assertThat(decide(demoted)).isFalse();
    }

    private boolean decide(Authentication caller) {
        return administrators.authorize(() -> caller,
                new RequestAuthorizationContext(new MockHttpServletRequest("GET", "/actuator/metrics"))).isGranted();
    }

    private static Authentication session(List<String> roles) {
        return new OAuth2AuthenticationToken(person(roles), AuthorityUtils.createAuthorityList("OIDC_USER"), "atelier");
    }

    private static DefaultOidcUser person(List<String> roles) {
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(600),
                Map.of("sub", "someone", "name", "Some One", "department", "it", "level", "OTHER_STAFF", "roles", roles));
        return new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), token, "sub");
    }
}
