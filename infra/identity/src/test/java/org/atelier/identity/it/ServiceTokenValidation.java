package org.atelier.identity.it;

import org.atelier.security.SecurityProperties;
import org.atelier.security.TokenValidation;
import org.springframework.security.oauth2.jwt.Jwt;

/** Decodes a token exactly as every Atelier service's API does, against the running provider's keys. */
final class ServiceTokenValidation {

    private ServiceTokenValidation() {
    }

    static Jwt decode(String token, String providerBaseUrl) {
        SecurityProperties service = new SecurityProperties(RunningProvider.ISSUER, providerBaseUrl, "atelier-api",
                "loyalty-ui", null, "secret", 262144);
        return TokenValidation.decoder(service).decode(token);
    }
}
