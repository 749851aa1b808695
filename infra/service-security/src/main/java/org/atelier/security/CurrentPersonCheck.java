package org.atelier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session in step with its person at the provider. The session learnt the person's roles,
 * department and level at sign-in; the provider may have changed them since, or deactivated the person, and its
 * back-channel logout may not have got through. So at least once per {@link SessionCheckProperties#interval()},
 * and on every form post, the session asks the provider's userinfo endpoint with its own access token (refreshed
 * with its refresh token when due), which answers from the user store:
 * <ul>
 *   <li>the person as they are now: the session goes on with these roles, department and level (what every
 *       permission check reads, see {@link CurrentUser});</li>
 *   <li>a refused token or refresh (the person was deactivated, or the provider revoked the session): the session
 *       ends and the browser is sent to sign in;</li>
 *   <li>no answer (the provider is down): the session goes on as it was and asks again at the next request.
 *       Nobody can sign in while the provider is down either, so refusing everyone would protect nothing.</li>
 * </ul>
 */
class CurrentPersonCheck extends OncePerRequestFilter {

    static final String LAST_CHECK = CurrentPersonCheck.class.getName() + ".LAST_CHECK";
    private static final Logger log = LoggerFactory.getLogger(CurrentPersonCheck.class);
    private static final Set<String> FORM_POSTS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** What the provider says about a person; all of it is what the ID token said at sign-in. */
    private static final List<String> PERSON_CLAIMS = List.of("name", "department", "level", "roles");

    private final OAuth2AuthorizedClientManager authorizedClients;
    private final RestClient http;
    private final URI userInfo;
    private final Duration interval;
    private final Clock clock;
    private final String signInPath;
    private final LogoutHandler endSession = new SecurityContextLogoutHandler();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private sealed interface Answer {
    }

    private record Current(Map<String, Object> claims) implements Answer {
    }

    private record Ended(String why) implements Answer {
    }

    private record NoAnswer(String why) implements Answer {
    }

    CurrentPersonCheck(OAuth2AuthorizedClientManager authorizedClients, RestClient http, URI userInfo, Duration interval,
                       Clock clock, String signInPath) {
        this.authorizedClients = authorizedClients;
        this.http = http;
        this.userInfo = userInfo;
        this.interval = interval;
        this.clock = clock;
        this.signInPath = signInPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (!(authentication instanceof OAuth2AuthenticationToken person)
                || !(person.getPrincipal() instanceof OidcUser user)
                || !AtelierSecurityAutoConfiguration.REGISTRATION_ID.equals(person.getAuthorizedClientRegistrationId())
                || session == null || !due(session, request)) {
            chain.doFilter(request, response);
            return;
        }
        Answer answer = ask(person, request, response);
        if (answer instanceof Ended ended) {
            log.info("Page session of {} ended: {}", person.getName(), ended.why());
            endSession.logout(request, response, person);
            sendToSignIn(request, response);
            return;
        }
        if (answer instanceof Current current) {
            session.setAttribute(LAST_CHECK, clock.instant());
            if (changed(user, current.claims())) {
                replace(person, user, current.claims(), request, response);
            }
        } else if (answer instanceof NoAnswer none) {
            log.warn("Could not ask the provider about {} (the session goes on): {}", person.getName(), none.why());
        }
        chain.doFilter(request, response);
    }

    private boolean due(HttpSession session, HttpServletRequest request) {
        if (FORM_POSTS.contains(request.getMethod())) {
            return true;
        }
        Instant last = (Instant) session.getAttribute(LAST_CHECK);
        return last == null || !clock.instant().isBefore(last.plus(interval));
    }

    private Answer ask(OAuth2AuthenticationToken person, HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizedClient client;
        try {
            client = authorizedClients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(person.getAuthorizedClientRegistrationId())
                    .principal(person)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
        } catch (OAuth2AuthorizationException refused) {
            String code = refused.getError().getErrorCode();
            // A refusal the provider stated; an unreadable or missing answer is not one.
            return "invalid_token_response".equals(code) || OAuth2ErrorCodes.SERVER_ERROR.equals(code)
                    || OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE.equals(code)
                    ? new NoAnswer("refreshing the access token: " + code)
                    : new Ended("the provider refused to refresh its access token (" + code + ")");
        } catch (RestClientException unreachable) {
            return new NoAnswer(unreachable.toString());
        }
        if (client == null) {
            return new Ended("it holds no access token to ask the provider with");
        }
        try {
            Map<String, Object> claims = http.get().uri(userInfo)
                    .headers(headers -> headers.setBearerAuth(client.getAccessToken().getTokenValue()))
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            if (claims == null || !person.getName().equals(String.valueOf(claims.get("sub")))) {
                return new NoAnswer("userinfo answered for someone else or nobody");
            }
            return new Current(claims);
        } catch (RestClientResponseException answered) {
            HttpStatusCode status = answered.getStatusCode();
            return status.isSameCodeAs(HttpStatus.UNAUTHORIZED) || status.isSameCodeAs(HttpStatus.FORBIDDEN)
                    ? new Ended("userinfo refused its access token (" + status.value() + ")")
                    : new NoAnswer("userinfo answered " + status.value());
        } catch (RestClientException unreachable) {
            return new NoAnswer(unreachable.toString());
        }
    }

    private static boolean changed(OidcUser user, Map<String, Object> current) {
        return PERSON_CLAIMS.stream().anyMatch(claim -> !normalised(user.getClaims().get(claim)).equals(normalised(current.get(claim))));
    }

    private static Object normalised(Object claim) {
        return claim instanceof Collection<?> values
                ? values.stream().map(String::valueOf).collect(Collectors.toSet())
                : String.valueOf(claim);
    }

    /**
     * The session goes on with the person as the provider describes them now. The ID token's claims are what
     * {@link CurrentUser} reads, so they are replaced; the token's value stays, as the hint for signing out.
     */
    private void replace(OAuth2AuthenticationToken person, OidcUser user, Map<String, Object> current,
                         HttpServletRequest request, HttpServletResponse response) {
        OidcIdToken idToken = user.getIdToken();
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        PERSON_CLAIMS.forEach(claim -> {
            if (current.containsKey(claim)) {
                claims.put(claim, current.get(claim));
            } else {
                claims.remove(claim);
            }
        });
        OidcIdToken updated = new OidcIdToken(idToken.getTokenValue(), idToken.getIssuedAt(), idToken.getExpiresAt(), claims);
        DefaultOidcUser now = new DefaultOidcUser(user.getAuthorities(), updated, new OidcUserInfo(current), "sub");
        OAuth2AuthenticationToken replaced = new OAuth2AuthenticationToken(now, person.getAuthorities(),
                person.getAuthorizedClientRegistrationId());
        replaced.setDetails(person.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(replaced);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        log.info("Page session of {} now holds {}", person.getName(), current.get("roles"));
    }

    /** A page sees the sign-in; htmx, which would swap the sign-in page into a fragment, is told to go there. */
    private void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getContextPath() + signInPath;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        if (FORM_POSTS.contains(request.getMethod())) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", target);
            return;
        }
        response.sendRedirect(target);
    }
}
