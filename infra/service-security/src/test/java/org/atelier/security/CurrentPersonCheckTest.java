package org.atelier.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * A page session against a stand-in provider whose userinfo and token endpoints answer for one person, whom the
 * test deactivates or demotes there. The session's browser never goes to the provider: only the check does.
 */
class CurrentPersonCheckTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock(Instant.now());
    private final FakeProvider provider = FakeProvider.start();
    private final HttpSessionOAuth2AuthorizedClientRepository authorizedClients = new HttpSessionOAuth2AuthorizedClientRepository();
    private final MockHttpSession session = new MockHttpSession();
    private CurrentPersonCheck check;

    @BeforeEach
    void aSignedInFinancePerson() {
        SecurityProperties properties = new SecurityProperties(provider.url(), null, "atelier-api", "loyalty-ui", "secret", null, 262144);
        ClientRegistrationRepository registrations = new AtelierSecurityAutoConfiguration().clientRegistrations(properties);
        check = AtelierSecurityAutoConfiguration.currentPersonCheck(registrations, authorizedClients, properties,
                new SessionCheckProperties(INTERVAL), clock);

        OidcIdToken idToken = new OidcIdToken("id-token", clock.instant(), clock.instant().plus(Duration.ofMinutes(10)), Map.of(
                "sub", "anna", "iss", provider.url(), "name", "Anna", "department", "finance", "level", "OTHER_STAFF",
                "roles", List.of("EMPLOYEE", "FINANCE")));
        OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(
                new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken, "sub"),
                AuthorityUtils.createAuthorityList("OIDC_USER"), "atelier");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-1",
                clock.instant(), clock.instant().plus(Duration.ofMinutes(10)));
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registrations.findByRegistrationId("atelier"), "anna",
                accessToken, new OAuth2RefreshToken("refresh-1", clock.instant())), person, request("GET"), new MockHttpServletResponse());
    }

    @AfterEach
    void stop() {
        provider.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonDeactivatedAtTheProviderLosesTheSessionWithinTheInterval() throws Exception {
        assertThat(open("GET").passedOn()).isTrue();
        provider.deactivate();

        clock.advance(INTERVAL.minusSeconds(1));
        assertThat(open("GET").passedOn()).as("within the interval the session goes on without asking").isTrue();
        assertThat(provider.userInfoCalls()).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        Visit ended = open("GET");

        assertThat(ended.passedOn()).isFalse();
        assertThat(ended.response().getRedirectedUrl()).isEqualTo("/oauth2/authorization/atelier");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void everyFormPostAsksTheProvider() throws Exception {
        assertThat(open("GET").passedOn()).isTrue();
        provider.deactivate();

        Visit post = open("POST");

        assertThat(post.passedOn()).isFalse();
        assertThat(post.response().getStatus()).isEqualTo(303);
        assertThat(post.response().getHeader("Location")).isEqualTo("/oauth2/authorization/atelier");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void shrunkRolesAreWhatTheSessionHoldsFromTheNextCheckOn() throws Exception {
        assertThat(open("GET").user().roles()).contains(Role.FINANCE);
        provider.setRoles("EMPLOYEE");

        clock.advance(INTERVAL);
        Visit demoted = open("GET");

        assertThat(demoted.user().roles()).containsExactly(Role.EMPLOYEE);
        assertThat(demoted.user().department()).isEqualTo("finance");
        SecurityContext stored = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(stored);
        assertThat(CurrentUserArgumentResolver.current().roles()).as("kept in the session").containsExactly(Role.EMPLOYEE);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndARefusedRefreshEndsTheSession() throws Exception {
        clock.advance(Duration.ofMinutes(11));
        assertThat(open("GET").passedOn()).isTrue();
        assertThat(provider.userInfoCalls()).containsExactly("Bearer access-2");

        provider.deactivate();
        clock.advance(Duration.ofMinutes(11));
        Visit ended = open("GET");

        assertThat(ended.passedOn()).isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aProviderThatDoesNotAnswerLeavesTheSessionAsItWas() throws Exception {
        provider.breakDown();

        Visit visit = open("POST");

        assertThat(visit.passedOn()).isTrue();
        assertThat(visit.user().roles()).contains(Role.FINANCE);
        assertThat(session.isInvalid()).isFalse();
    }

    private record Visit(boolean passedOn, CurrentUser user, MockHttpServletResponse response) {
    }

    /** One request of the session's browser, through the check, as the security chain would run it. */
    private Visit open(String method) throws Exception {
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<CurrentUser> seen = new AtomicReference<>();
        check.doFilter(request(method), response, (request, ignored) -> seen.set(CurrentUserArgumentResolver.current()));
        SecurityContextHolder.clearContext();
        return new Visit(seen.get() != null, seen.get(), response);
    }

    private MockHttpServletRequest request(String method) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/plans");
        request.setSession(session);
        return request;
    }

    /** Userinfo and token endpoints for one person, "anna"; the other endpoints play no part here. */
    private static final class FakeProvider {

        private final HttpServer server;
        private final List<String> userInfoCalls = new CopyOnWriteArrayList<>();
        private volatile boolean active = true;
        private volatile boolean broken;
        private volatile String roles = "\"EMPLOYEE\",\"FINANCE\"";
        private int issued = 1;

        private FakeProvider(HttpServer server) {
            this.server = server;
        }

        static FakeProvider start() {
            try {
                FakeProvider provider = new FakeProvider(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
                provider.server.createContext("/userinfo", provider::userInfo);
                provider.server.createContext("/oauth2/token", provider::token);
                provider.server.start();
                return provider;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void deactivate() {
            active = false;
        }

        void setRoles(String... names) {
            roles = String.join(",", java.util.Arrays.stream(names).map(name -> "\"" + name + "\"").toList());
        }

        void breakDown() {
            broken = true;
        }

        List<String> userInfoCalls() {
            return List.copyOf(userInfoCalls);
        }

        void stop() {
            server.stop(0);
        }

        private void userInfo(HttpExchange exchange) throws IOException {
            userInfoCalls.add(exchange.getRequestHeaders().getFirst("Authorization"));
            if (broken) {
                answer(exchange, 503, "{}");
            } else if (!active) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                answer(exchange, 401, "{\"error\":\"invalid_token\"}");
            } else {
                answer(exchange, 200, "{\"sub\":\"anna\",\"name\":\"Anna\",\"department\":\"finance\",\"level\":\"OTHER_STAFF\",\"roles\":["
                        + roles + "]}");
            }
        }

        private synchronized void token(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            if (!active) {
                answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            issued++;
            answer(exchange, 200, "{\"access_token\":\"access-" + issued + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                    + "\"refresh_token\":\"refresh-" + issued + "\",\"scope\":\"openid profile\"}");
        }

        private static void answer(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A clock the test moves on, so that no test waits for the interval to pass. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
