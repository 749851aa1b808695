package org.atelier.identity.secondfactor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.atelier.identity.login.SignInPrompts;
import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.secondfactor.SecondFactorRule.Demand;
import org.atelier.identity.secondfactor.application.CheckingSecondFactor;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Holds a signed-in person at the second step until it is done, as {@code PasswordChangeRequired} holds one on
 * a temporary password: someone with a factor who has given only their password is sent to type a code; someone
 * whose role requires a factor and who has none, or whose UI asked for the second-factor level
 * ({@code acr_values}), is sent to enrol. Every request of the session is held, authorization requests included,
 * so no UI gets a code, and so no token, on the password alone; the pages of the step itself, signing out and
 * the style sheets stay open. A held authorization request is kept and resumed once the step is done.
 *
 * <p>Judged afresh at every request, from the roles the person has now and whether a factor is enrolled now: a
 * role gained, or a factor enrolled in another browser, counts at once.
 */
public class SecondFactorGate extends OncePerRequestFilter {

    public static final String CODE_PAGE = "/login/code";
    public static final String ENROL_PAGE = "/account/second-factor";
    private static final String AUTHORIZATION_ENDPOINT = "/oauth2/authorize";
    private static final List<String> ALWAYS_OPEN = List.of("/login", "/logout", "/connect/logout", "/css/", "/error");
    /** While enrolling, the password may be changed too: a temporary one must be, and it is all the person has. */
    private static final List<String> OPEN_WHILE_ENROLLING = List.of(ENROL_PAGE, ENROL_PAGE + "/", "/account/password");

    private final SecondFactorRule rule;
    private final CheckingSecondFactor factors;
    private final RegisteredClientRepository clients;
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    public SecondFactorGate(SecondFactorRule rule, CheckingSecondFactor factors, RegisteredClientRepository clients) {
        this.rule = rule;
        this.factors = factors;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        if (!(authentication instanceof UsernamePasswordAuthenticationToken person) || isOpen(ALWAYS_OPEN, path)) {
            chain.doFilter(request, response);
            return;
        }
        Demand demand = demand(person, request);
        if (demand != Demand.NONE && isAuthorizationRequest(request) && SignInPrompts.prompts(request).contains("none")) {
            Optional<String> redirectUri = SignInPrompts.registeredRedirectUri(clients, request);
            if (redirectUri.isPresent()) {
                answerWithoutAPage(redirectUri.get(), demand, request, response);
                return;
            }
        }
        if (demand == Demand.CODE && !path.equals(CODE_PAGE)) {
            holdFor(CODE_PAGE, request, response);
        } else if (demand == Demand.ENROL && !isOpen(OPEN_WHILE_ENROLLING, path)) {
            holdFor(ENROL_PAGE, request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * {@code prompt=none}: the UI asked for no page, so the step cannot be shown; OpenID Connect's answer goes back
     * to it instead, {@code login_required} for a code, {@code interaction_required} for an enrolment.
     */
    private static void answerWithoutAPage(String redirectUri, Demand demand, HttpServletRequest request,
                                           HttpServletResponse response) throws IOException {
        response.sendRedirect(UriComponentsBuilder.fromUriString(redirectUri)
                .queryParam("error", demand == Demand.CODE ? "login_required" : "interaction_required")
                .queryParamIfPresent("state", Optional.ofNullable(request.getParameter("state")))
                .encode().build().toUriString());
    }

    /** What the request's session still owes; the store is asked only when the answer can depend on it. */
    private Demand demand(Authentication person, HttpServletRequest request) {
        Username username = Username.of(person.getName());
        Set<Role> roles = SignInLevel.roles(person);
        boolean showed = SignInLevel.showedSecondFactor(person);
        boolean levelRequested = isAuthorizationRequest(request) && SignInLevel.requested(request.getParameter("acr_values"));
        if (showed && !rule.mayNeedEnrolment(username, roles, levelRequested)) {
            return Demand.NONE;
        }
        return rule.demand(username, roles, factors.isEnrolled(username), showed, levelRequested);
    }

    /**
     * Keeps the request to resume after the step: an authorization request always (the UI is waiting for it),
     * another page only when nothing is waiting already, so a redirect through the provider's own pages never
     * replaces the UI's request.
     */
    private void holdFor(String page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("GET".equals(request.getMethod())
                && (isAuthorizationRequest(request) || savedRequests.getRequest(request, response) == null)) {
            savedRequests.saveRequest(request, response);
        }
        response.sendRedirect(request.getContextPath() + page);
    }

    private static boolean isAuthorizationRequest(HttpServletRequest request) {
        return AUTHORIZATION_ENDPOINT.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isOpen(List<String> open, String path) {
        return open.stream().anyMatch(prefix -> prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix));
    }
}
