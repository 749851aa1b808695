package org.atelier.identity.config;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries, on the provider's own pages as on the OAuth2 endpoints. Spring Security's
 * defaults add {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and no-store caching.
 *
 * <p>The policy deliberately sets no {@code form-action}: after signing in, the browser follows redirects to the
 * UI that asked, and browsers apply {@code form-action} to those redirects too.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> strict() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
