package org.atelier.survey.matrix;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a campaign and a username into the respondent key the campaign stores instead of the name: HMAC-SHA256 of
 * {@code campaignId + "\n" + username} under a server secret, URL-safe Base64 without padding.
 *
 * <p>Why keyed: a plain hash of a username could be recomputed by anybody holding the database and a staff list. The
 * key is one-way and differs per campaign, so it lets the campaign recognise a second submission and find a draft,
 * and nothing more. Without the secret nobody can tell whose key it is.
 */
public final class RespondentKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final byte[] secret;

    public RespondentKeys(String secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("The respondent-key secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.secret = bytes;
    }

    public String keyOf(String campaignId, String username) {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(username, "username");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal((campaignId + "\n" + username).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
