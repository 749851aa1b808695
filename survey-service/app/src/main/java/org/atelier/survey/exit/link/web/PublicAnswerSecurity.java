package org.atelier.survey.exit.link.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The former customer's questionnaire page needs no sign-in: the unguessable token in its address is the whole
 * permission, and it opens that one case's questionnaire once. No session is made for it. No CSRF token either: a
 * forged submission would need the token, which is the secret itself. The page sends no referrer, so the token
 * does not leak to any other site, and is never cached.
 */
@Configuration(proxyBeanMethods = false)
class PublicAnswerSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicAnswerPage(HttpSecurity http) throws Exception {
        http.securityMatcher("/answer/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
