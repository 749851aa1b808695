package org.atelier.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OpenID Connect's {@code prompt} and {@code max_age} on an authorization request, which Spring Authorization Server
 * leaves to the application:
 * <ul>
 *   <li>{@code prompt=login}, or a sign-in longer ago than {@code max_age} seconds: the person signs in again before
 *       the code is issued, so the ID token's {@code auth_time} is that new sign-in. The request is kept and resumed
 *       after the sign-in; the session remembers since when a sign-in is owed, so the resumed request (which still
 *       says {@code prompt=login}) goes through instead of asking again.</li>
 *   <li>{@code prompt=none} while nobody is signed in: {@code error=login_required} goes back to the client's
 *       registered redirect URI, rather than the login page the client asked not to show. Spring Authorization
 *       Server would answer so itself, but its endpoint comes after the filter that sends anonymous callers to sign
 *       in. A client or redirect URI that is not registered gets no redirect from here.</li>
 * </ul>
 */
public final class SignInPrompts extends OncePerRequestFilter {

    static final String OWED_SINCE = SignInPrompts.class.getName() + ".OWED_SINCE";
    private static final String AUTHORIZATION_ENDPOINT = "/oauth2/authorize";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final String loginPage;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    public SignInPrompts(String loginPage, RegisteredClientRepository clients, Clock clock) {
        this.loginPage = loginPage;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !AUTHORIZATION_ENDPOINT.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = person != null && person.isAuthenticated() && !TRUST.isAnonymous(person);
        if (!signedIn && prompts(request).contains("none")) {
            Optional<String> redirectUri = registeredRedirectUri(request);
            if (redirectUri.isPresent()) {
                response.sendRedirect(UriComponentsBuilder.fromUriString(redirectUri.get())
                        .queryParam("error", "login_required")
                        .queryParamIfPresent("state", Optional.ofNullable(request.getParameter("state")))
                        .encode().build().toUriString());
                return;
            }
        }
        if (!signedIn || prompts(request).contains("none")) {
            chain.doFilter(request, response);
            return;
        }
        Instant signInTime = signInTime(person);
        Instant now = clock.instant();
        HttpSession session = request.getSession();
        if (session.getAttribute(OWED_SINCE) instanceof Instant owedSince && !signInTime.isBefore(owedSince)) {
            session.removeAttribute(OWED_SINCE);
            chain.doFilter(request, response);
            return;
        }
        if (prompts(request).contains("login") || tooLongAgo(signInTime, request.getParameter("max_age"), now)) {
            session.setAttribute(OWED_SINCE, now);
            savedRequests.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> registeredRedirectUri(HttpServletRequest request) {
        return registeredRedirectUri(clients, request);
    }

    /**
     * The authorization request's redirect URI if it is exactly one its client registered, as the authorization
     * endpoint demands: the only place an error may be sent back to.
     */
    public static Optional<String> registeredRedirectUri(RegisteredClientRepository clients, HttpServletRequest request) {
        String clientId = request.getParameter("client_id");
        String redirectUri = request.getParameter("redirect_uri");
        if (clientId == null || redirectUri == null) {
            return Optional.empty();
        }
        RegisteredClient client = clients.findByClientId(clientId);
        return client != null && client.getRedirectUris().contains(redirectUri) ? Optional.of(redirectUri) : Optional.empty();
    }

    /** The request's {@code prompt} values, e.g. {@code none} or {@code login}. */
    public static List<String> prompts(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("prompt")).map(prompt -> Arrays.asList(prompt.trim().split("\\s+"))).orElse(List.of());
    }

    private static boolean tooLongAgo(Instant signedIn, String maxAge, Instant now) {
        if (maxAge == null || !maxAge.matches("\\d{1,9}")) {
            return false;
        }
        return signedIn.plusSeconds(Long.parseLong(maxAge)).isBefore(now) || "0".equals(maxAge);
    }

    /** As Spring Authorization Server reckons the ID token's {@code auth_time}: the latest factor's sign-in. */
    private static Instant signInTime(Authentication person) {
        return person.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(authority -> ((FactorGrantedAuthority) authority).getIssuedAt())
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }
}
