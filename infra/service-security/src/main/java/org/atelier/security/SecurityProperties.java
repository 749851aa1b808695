package org.atelier.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.security.*}
 *
 * @param issuer         the identity provider's issuer, as browsers and tokens know it
 * @param internalUri    where this service reaches the provider for keys and tokens; the issuer unless the
 *                       network differs (in docker-compose, {@code http://identity:9000})
 * @param audience       the audience every access token must carry
 * @param clientId       this service's client at the provider, for signing people in to its pages
 * @param clientSecret   its own secret; blank to use {@code sharedClientSecret}
 * @param sharedClientSecret the secret of every UI that has none of its own (simpler locally; a deployment gives
 *                       each UI its own, so that one leaked secret does not let its holder pose as every UI)
 * @param maxRequestBytes larger request bodies are refused with 413
 */
@ConfigurationProperties("atelier.security")
public record SecurityProperties(
        @DefaultValue("http://localhost:9000") String issuer,
        String internalUri,
        @DefaultValue("atelier-api") String audience,
        String clientId,
        String clientSecret,
        String sharedClientSecret,
        @DefaultValue("262144") long maxRequestBytes) {

    /** The secret this service's UI signs people in with: its own, or else the shared one. */
    public String effectiveClientSecret() {
        return clientSecret == null || clientSecret.isBlank() ? sharedClientSecret : clientSecret;
    }

    public String providerUri() {
        return internalUri == null || internalUri.isBlank() ? issuer : internalUri;
    }
}
