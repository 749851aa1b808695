package org.atelier.identity.logout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The {@code sid} of an HTTP session as Spring Authorization Server writes it into ID tokens: the Base64url
 * SHA-256 of the session id, so that the id itself, which is a bearer credential, never leaves the provider.
 */
public final class SessionIds {

    private SessionIds() {
    }

    public static String sid(String httpSessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(httpSessionId.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
