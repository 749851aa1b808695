package org.atelier.identity.key;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The persisted key as the authorization server's JWK source (served at {@code /oauth2/jwks}) and one encoder
 * for everything the provider signs: access, ID and logout tokens.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    @Bean
    JWKSource<SecurityContext> jwkSource(MongoTemplate mongo, Clock clock) {
        return new ImmutableJWKSet<>(new JWKSet(new MongoSigningKey(mongo, clock).loadOrCreate()));
    }

    /**
     * How the provider reads its own access tokens (at the userinfo endpoint). Spring's default accepts only
     * {@code typ: JWT}; access tokens are {@code at+jwt} (RFC 9068), and those issued before that had {@code JWT}.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource).build();
        JwtTypeValidator accessTokenTypes = new JwtTypeValidator("at+jwt", "application/at+jwt", "JWT");
        accessTokenTypes.setAllowEmpty(true);
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(accessTokenTypes));
        return decoder;
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }
}
