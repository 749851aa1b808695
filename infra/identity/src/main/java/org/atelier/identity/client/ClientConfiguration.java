package org.atelier.identity.client;

import org.atelier.identity.token.TokenProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/** The configured clients, held in memory: they are rebuilt identically from configuration at every start. */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientProperties clients, TokenProperties tokens, PasswordEncoder encoder) {
        return new InMemoryRegisteredClientRepository(AtelierClients.registrations(clients, tokens.accessTokenTimeToLive(),
                tokens.refreshTokenTimeToLive(), encoder));
    }
}
