package org.atelier.identity.config;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.atelier.identity.client.AtelierClients;
import org.atelier.identity.client.ClientProperties;
import org.atelier.identity.code.WrongVerifierSpendsTheCode;
import org.atelier.identity.login.CurrentAccountFilter;
import org.atelier.identity.login.ClearingSuccessHandler;
import org.atelier.identity.login.CountingFailureHandler;
import org.atelier.identity.login.SignInPrompts;
import org.atelier.identity.login.PasswordChangeRequired;
import org.atelier.identity.login.SignInThrottle;
import org.atelier.identity.login.SignInThrottleFilter;
import org.atelier.identity.logout.BackChannelLogout;
import org.atelier.identity.secondfactor.SecondFactorRule;
import org.atelier.identity.secondfactor.application.CheckingSecondFactor;
import org.atelier.identity.secondfactor.web.SecondFactorGate;
import org.atelier.identity.secondfactor.web.SignInLevel;
import org.atelier.identity.session.BrowserName;
import org.atelier.identity.session.SignIns;
import org.atelier.identity.user.Role;
import org.atelier.identity.token.CurrentUserInfo;
import org.atelier.identity.user.Users;
import org.atelier.identity.user.application.FindingUsers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.authentication.logout.CompositeLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.SimpleRedirectSessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: the OAuth2 and OpenID Connect endpoints of Spring Authorization Server, and the provider's
 * own pages (sign-in, portal, account, admin).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String LOGIN_PAGE = "/login";
    /** Where a session ended elsewhere (a password change, "sign out everywhere else") lands at its next request. */
    private static final String SESSION_ENDED_PAGE = LOGIN_PAGE + "?expired";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, BackChannelLogout backChannelLogout, Users users,
                                                     ClientProperties clients, SessionRegistry sessionRegistry,
                                                     FindingUsers findingUsers, RegisteredClientRepository registeredClients,
                                                     SecondFactorRule secondFactorRule, CheckingSecondFactor secondFactors) {
        Set<String> scopes = AtelierClients.scopesSupported(clients);
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            // Both discovery documents name every scope, so other systems' clients can see atelier.read/write.
            server.authorizationServerMetadataEndpoint(metadata -> metadata.authorizationServerMetadataCustomizer(
                    document -> document.scopes(supported -> supported.addAll(scopes))));
            // A code presented with a wrong PKCE verifier is spent, not left for another try.
            server.clientAuthentication(client -> client.errorResponseHandler(
                    new WrongVerifierSpendsTheCode(() -> http.getSharedObject(OAuth2AuthorizationService.class))));
            server.oidc(oidc -> oidc
                    .providerConfigurationEndpoint(discovery -> discovery.providerConfigurationCustomizer(
                            document -> document.scopes(supported -> supported.addAll(scopes))
                                    .claim("acr_values_supported", List.of(SignInLevel.ACR_PASSWORD, SignInLevel.ACR_SECOND_FACTOR))))
                    .logoutEndpoint(logout -> logout.logoutResponseHandler(rpInitiatedLogout(backChannelLogout)))
                    .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(new CurrentUserInfo(findingUsers))));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        http.addFilterBefore(new CurrentAccountFilter(users, endProviderSession(backChannelLogout)), AuthorizationFilter.class);
        // prompt and max_age, before anonymous callers are sent to sign in: a sign-in too old for the client is made
        // again, and prompt=none while signed out answers login_required.
        http.addFilterBefore(new SignInPrompts(LOGIN_PAGE, registeredClients, Clock.systemUTC()),
                AbstractPreAuthenticatedProcessingFilter.class);
        // A session ended by a password change gets no authorization code, nor does one still owing its second
        // factor (a code, an enrolment, or the level its UI asked for) or still on a temporary password.
        http.addFilterBefore(endedSessions(sessionRegistry, backChannelLogout), AuthorizationFilter.class);
        http.addFilterBefore(new SecondFactorGate(secondFactorRule, secondFactors, registeredClients), AuthorizationFilter.class);
        http.addFilterBefore(new PasswordChangeRequired(), AuthorizationFilter.class);
        // The userinfo endpoint takes the provider's own access tokens.
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                relativeLoginPage(), browserNavigation()));
        http.headers(SecurityHeaders.strict());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain providerPages(HttpSecurity http, SignInThrottle throttle, BackChannelLogout backChannelLogout, Users users,
                                      SessionRegistry sessionRegistry, SecondFactorRule secondFactorRule,
                                      CheckingSecondFactor secondFactors, SignIns signIns,
                                      RegisteredClientRepository registeredClients) {
        http.authorizeHttpRequests(authorize -> authorize
                // Error pages, the throttling page and the access-denied page are reached by forwarding.
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(LOGIN_PAGE, "/css/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
                // The scrape reads /actuator/prometheus; browsing every metric by name is for administrators.
                .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                .anyRequest().authenticated());
        http.formLogin(login -> login
                .loginPage(LOGIN_PAGE)
                .successHandler(recordingSignIns(signIns, new ClearingSuccessHandler(throttle, users)))
                .failureHandler(new CountingFailureHandler(throttle)));
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new CurrentAccountFilter(users, endProviderSession(backChannelLogout)), AuthorizationFilter.class);
        // After the password, the second step if the person has a factor or must enrol one; then a temporary password's change.
        http.addFilterBefore(new SecondFactorGate(secondFactorRule, secondFactors, registeredClients), AuthorizationFilter.class);
        http.addFilterBefore(new PasswordChangeRequired(), AuthorizationFilter.class);
        // Every sign-in is registered, so a password change can end the person's other sessions; an ended session is
        // signed out at its next request, by the logout handlers below.
        http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl(SESSION_ENDED_PAGE)));
        http.logout(logout -> logout
                .addLogoutHandler(backChannelLogout)
                .logoutSuccessUrl(LOGIN_PAGE + "?logout"));
        http.exceptionHandling(exceptions -> exceptions.accessDeniedPage("/access-denied")
                .authenticationEntryPoint(relativeLoginPage()));
        http.headers(SecurityHeaders.strict());
        return http.build();
    }

    /**
     * RP-initiated logout ({@code /connect/logout}) ends the sessions at the other clients before the provider
     * session itself, exactly as the portal's sign-out does.
     */
    private static OidcLogoutAuthenticationSuccessHandler rpInitiatedLogout(BackChannelLogout backChannelLogout) {
        OidcLogoutAuthenticationSuccessHandler handler = new OidcLogoutAuthenticationSuccessHandler();
        handler.setLogoutHandler(endProviderSession(backChannelLogout));
        return handler;
    }

    /** Notes when and from which browser the new session signed in, for the person's list of their sessions. */
    private static AuthenticationSuccessHandler recordingSignIns(SignIns signIns, AuthenticationSuccessHandler next) {
        return (request, response, authentication) -> {
            signIns.record(request.getSession().getId(), new SignIns.SignIn(Instant.now(),
                    BrowserName.of(request.getHeader(HttpHeaders.USER_AGENT)), request.getRemoteAddr()));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** The UIs' sessions first, while the provider session still says which UIs they are; then the provider's. */
    private static LogoutHandler endProviderSession(BackChannelLogout backChannelLogout) {
        return new CompositeLogoutHandler(backChannelLogout, new SecurityContextLogoutHandler());
    }

    /** Signs a session ended elsewhere out at its next request, the UIs it signed in to first, as a sign-out does. */
    private static ConcurrentSessionFilter endedSessions(SessionRegistry sessionRegistry, BackChannelLogout backChannelLogout) {
        ConcurrentSessionFilter filter = new ConcurrentSessionFilter(sessionRegistry,
                new SimpleRedirectSessionInformationExpiredStrategy(SESSION_ENDED_PAGE));
        filter.setLogoutHandlers(new LogoutHandler[] {endProviderSession(backChannelLogout)});
        return filter;
    }

    /**
     * The login page by its path: the absolute URL Spring builds by default takes its host from the request's
     * {@code Host} header, which the caller chooses.
     */
    private static LoginUrlAuthenticationEntryPoint relativeLoginPage() {
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        loginPage.setFavorRelativeUris(true);
        return loginPage;
    }

    /** A browser opening a page is sent to sign in; API callers get 401 from the endpoints themselves. */
    private static RequestMatcher browserNavigation() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }
}
