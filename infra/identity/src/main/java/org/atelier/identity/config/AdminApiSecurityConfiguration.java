package org.atelier.identity.config;

import java.io.IOException;
import java.util.List;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.identity.api.AdminApiAccess;
import org.atelier.identity.client.ClientProperties;
import org.atelier.identity.token.TokenProperties;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.web.problems.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The provider's admin API ({@code /api/**}) and its OpenAPI document: stateless, bearer tokens only (no session
 * cookie counts, so no CSRF token is needed), checked as the services check them — the provider's own signature,
 * issuer, audience, type and lifetime — and then {@link AdminApiAccess}. 401 and 403 are problem+json. The
 * document and its UI are open, as at every service.
 *
 * <p>Ordered before the authorization server's endpoints and the pages, which never see {@code /api/**}.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurityConfiguration {

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofSeconds(30);

    @Bean
    @Order(0)
    SecurityFilterChain adminApi(HttpSecurity http, JWKSource<SecurityContext> keys, TokenProperties tokens, FindingUsers users,
                                 @Value("${spring.security.oauth2.authorizationserver.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithValidators(new JwtTimestampValidator(CLOCK_SKEW), new JwtIssuerValidator(issuer),
                        accessTokenTypes()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(tokens.audience()))));
        List<String> matched = new java.util.ArrayList<>(List.of(API_DOCS));
        matched.add("/api/**");
        http.securityMatcher(matched.toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(API_DOCS).permitAll()
                        .anyRequest().access(new AdminApiAccess(users)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .headers(SecurityHeaders.strict());
        return http.build();
    }

    /**
     * An address the firewall refuses (an encoded NUL or slash, a path that climbs out): under {@code /api/} a 400
     * problem like every other refusal of the API, elsewhere the plain 400 it always was.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        HttpStatusRequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "This address is not allowed");
                problem.setTitle("Rejected address");
                problem.setInstance(java.net.URI.create("/api"));
                Problems.write(problem, request, response);
                return;
            }
            plain.handle(request, response, rejected);
        };
    }

    /** RFC 9068 access tokens ({@code at+jwt}), those issued before the profile ({@code JWT}); never an ID or logout token. */
    private static JwtTypeValidator accessTokenTypes() {
        JwtTypeValidator types = new JwtTypeValidator("at+jwt", "application/at+jwt", "JWT");
        types.setAllowEmpty(true);
        return types;
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token from this identity provider is required");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            if (exception instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof AdminApiAccess.MissingScope) {
                write(request, response, HttpStatus.FORBIDDEN, "This machine token lacks the scope " + ClientProperties.ADMIN_SCOPE
                        + "; the provisioning client may ask for it (scope=" + ClientProperties.ADMIN_SCOPE + ")");
                return;
            }
            write(request, response, HttpStatus.FORBIDDEN, "The admin API is for active administrators (role ADMIN) and provisioning systems");
        };
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Problems.write(ProblemDetail.forStatusAndDetail(status, detail), request, response);
    }
}
