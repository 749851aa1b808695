package org.atelier.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.client.RestClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Security of every Atelier service, in two chains:
 * <ul>
 *   <li>{@code /api/**}: stateless, bearer tokens only (see {@link TokenValidation}), a machine token only with
 *       the scope for what it does (see {@link MachineScopes}); 401/403 as problem+json.
 *       No cookies count here, so no CSRF token is needed.</li>
 *   <li>everything else (the pages): sign-in at the identity provider (OpenID Connect, authorization code
 *       with PKCE), one sign-in for every service, sign-out at the provider and back-channel logout from
 *       it, CSRF on every form, strict security headers; the session follows its person's changes at the
 *       provider (see {@link CurrentPersonCheck}).</li>
 * </ul>
 * Health (the status only: details for administrators), metrics for scraping and the API documentation stay open;
 * metrics by name are for administrators.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableConfigurationProperties({SecurityProperties.class, UiProperties.class, SessionCheckProperties.class})
@org.springframework.context.annotation.Import(NotAllowedAdvice.class)
public class AtelierSecurityAutoConfiguration {

    static final String REGISTRATION_ID = "atelier";
    private static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION_ID;
    private static final String[] OPEN_PATHS = {"/actuator/health/**", "/actuator/prometheus", "/actuator/info",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error", "/favicon.ico", "/css/**", "/js/**",
            "/webjars/**"};

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        return TokenValidation.decoder(properties);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new MachineScopes()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ClientRegistrationRepository registrations, SecurityProperties properties,
                                     OidcSessionRegistry sessions, @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
                                     SessionCheckProperties sessionCheck, ObjectProvider<Clock> clock)
            throws Exception {
        // The session's own tokens, kept in the session (and gone with it): it asks the provider about its person with them.
        OAuth2AuthorizedClientRepository authorizedClients = new HttpSessionOAuth2AuthorizedClientRepository();
        Clock time = clock.getIfUnique(Clock::systemUTC);
        // The provider's back-channel logout ends the matching session here; the handler does that through this
        // service's own /logout, presenting the session's cookie, whose name is ours rather than JSESSIONID.
        OidcBackChannelLogoutHandler endSession = new OidcBackChannelLogoutHandler(sessions);
        endSession.setSessionCookieName(sessionCookie);
        OidcClientInitiatedLogoutSuccessHandler signOutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOutAtProvider.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN_PATHS).permitAll()
                        // The scrape reads /actuator/prometheus; browsing every metric by name is for administrators.
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**").access(new Administrators())
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage(SIGN_IN).authorizedClientRepository(authorizedClients))
                .addFilterBefore(currentPersonCheck(registrations, authorizedClients, properties, sessionCheck, time),
                        AuthorizationFilter.class)
                .oidcLogout(logout -> logout.oidcSessionRegistry(sessions).backChannel(backChannel -> backChannel.logoutHandler(endSession)))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtProvider))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' "
                                        + properties.issuer()))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static CurrentPersonCheck currentPersonCheck(ClientRegistrationRepository registrations,
                                                         OAuth2AuthorizedClientRepository authorizedClients,
                                                         SecurityProperties properties, SessionCheckProperties sessionCheck,
                                                         Clock clock) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .refreshToken(refresh -> refresh.clock(clock))
                .build());
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(3));
        return new CurrentPersonCheck(manager, RestClient.builder().requestFactory(timeouts).build(),
                URI.create(properties.providerUri() + "/userinfo"), sessionCheck.interval(), clock, SIGN_IN);
    }

    @Bean
    OidcSessionRegistry oidcSessions() {
        return new InMemoryOidcSessionRegistry();
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(SecurityProperties properties) {
        String provider = properties.providerUri();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.effectiveClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(properties.issuer() + "/oauth2/authorize")
                .tokenUri(provider + "/oauth2/token")
                .jwkSetUri(provider + "/oauth2/jwks")
                .userInfoUri(provider + "/userinfo")
                .userNameAttributeName("sub")
                .issuerUri(properties.issuer())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", properties.issuer() + "/connect/logout"))
                .clientName("Atelier")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(SecurityProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(properties.maxRequestBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer currentUserParameterAndLanguage() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }

            @Override
            public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                registry.addInterceptor(PageLanguage.switcher());
            }
        };
    }

    private static Converter<Jwt, AbstractAuthenticationToken> rolesFromClaim() {
        return jwt -> new JwtAuthenticationToken(jwt,
                Claims.roles(jwt.getClaim("roles")).stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
                jwt.getSubject());
    }
}
