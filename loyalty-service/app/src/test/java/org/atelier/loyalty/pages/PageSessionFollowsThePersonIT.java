package org.atelier.loyalty.pages;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.atelier.directory.testing.CompanyDepartments;
import org.junit.jupiter.api.extension.ExtendWith;
import org.atelier.testsupport.UsesSharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A loyalty page session as the sign-in leaves it (the person's ID token claims and the session's tokens), while
 * a stand-in provider's userinfo endpoint says what the person is now. The browser only ever asks loyalty.
 */
@UsesSharedInfrastructure
@ExtendWith(CompanyDepartments.class)
@SpringBootTest(properties = {
        "spring.mongodb.database=loyalty_page_session_it",
        "atelier.topics.loyalty=it.page-session.loyalty.events",
        "atelier.security.session-check.interval=1s"})
@AutoConfigureMockMvc
class PageSessionFollowsThePersonIT {

    private static final UserInfo PROVIDER = UserInfo.start();

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    private final MockHttpSession session = new MockHttpSession();

    @DynamicPropertySource
    static void providerForTheServiceItself(DynamicPropertyRegistry registry) {
        registry.add("atelier.security.internal-uri", PROVIDER::url);
    }

    @BeforeEach
    void financeSignedIn() {
        PROVIDER.answer("EMPLOYEE", "FINANCE");
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plus(Duration.ofMinutes(10)), Map.of("sub", "finance-person",
                "name", "Finance Person", "department", "finance", "level", "OTHER_STAFF", "roles", List.of("EMPLOYEE", "FINANCE")));
        OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(
                new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken, "sub"),
                AuthorityUtils.createAuthorityList("OIDC_USER"), "atelier");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        new HttpSessionOAuth2AuthorizedClientRepository().saveAuthorizedClient(new OAuth2AuthorizedClient(
                        registrations.findByRegistrationId("atelier"), "finance-person",
                        new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plus(Duration.ofMinutes(10))),
                        new OAuth2RefreshToken("refresh", now)),
                person, request, new MockHttpServletResponse());
    }

    @Test
    void aPersonWhoLosesFinanceAndIsThenDeactivatedLosesThePlansAndThenTheSessionWithinTheInterval() throws Exception {
        assertThat(plans().getStatus()).isEqualTo(200);

        PROVIDER.answer("EMPLOYEE");
        await().atMost(Duration.ofSeconds(10)).until(() -> plans().getStatus(), status -> status == 404);

        PROVIDER.deactivate();
        await().atMost(Duration.ofSeconds(10)).until(() -> plans().getStatus(), status -> status == 302);
        assertThat(plans().getRedirectedUrl()).endsWith("/oauth2/authorization/atelier");
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpServletResponse plans() throws Exception {
        return mvc.perform(get("/plans").session(session)).andReturn().getResponse();
    }

    /** The provider's userinfo endpoint, answering for the one person; a deactivated person's token gets 401. */
    private static final class UserInfo {

        private final HttpServer server;
        private volatile String answer;

        private UserInfo(HttpServer server) {
            this.server = server;
        }

        static UserInfo start() {
            try {
                UserInfo provider = new UserInfo(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
                provider.server.createContext("/userinfo", provider::handle);
                provider.server.start();
                return provider;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void answer(String... roles) {
            answer = "{\"sub\":\"finance-person\",\"name\":\"Finance Person\",\"department\":\"finance\",\"level\":\"OTHER_STAFF\","
                    + "\"roles\":[\"" + String.join("\",\"", roles) + "\"]}";
        }

        void deactivate() {
            answer = null;
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = answer;
            byte[] bytes = (body == null ? "{\"error\":\"invalid_token\"}" : body).getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 401 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
