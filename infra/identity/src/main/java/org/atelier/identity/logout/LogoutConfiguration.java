package org.atelier.identity.logout;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Single logout: which clients a session signed in to, and the logout tokens that reach them. */
@Configuration(proxyBeanMethods = false)
class LogoutConfiguration {

    /**
     * Spring Authorization Server records OpenID Connect sessions here (it yields the ID tokens' {@code sid});
     * as a bean, with the publisher below, it also hears when sessions end and forgets them.
     */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SignedInClients signedInClients() {
        return new SignedInClients();
    }

    @Bean
    EndedSessions endedSessions(SignedInClients signedInClients) {
        return new EndedSessions(signedInClients);
    }

    @Bean
    BackChannelLogout backChannelLogout(SignedInClients signedInClients, RegisteredClientRepository clients,
                                        JwtEncoder encoder, AuthorizationServerSettings settings, Clock clock,
                                        SessionTokens sessionTokens) {
        return new BackChannelLogout(signedInClients, clients, new LogoutTokens(encoder, settings.getIssuer(), clock),
                new BackChannelLogoutSender(), sessionTokens);
    }
}
