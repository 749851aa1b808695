package org.atelier.identity.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.Optional;

/**
 * When and from which browser each provider session signed in, for the person's list of their sessions. Kept in
 * memory, by HTTP session id, like the sessions it describes; forgotten when the session ends, and bounded in
 * number.
 */
public class SignIns {

    private static final long MAX_SESSIONS = 100_000;

    /** One sign-in: when, the browser as its User-Agent names it, and the client address. */
    public record SignIn(Instant at, String browser, String address) {
    }

    private final Cache<String, SignIn> bySessionId = Caffeine.newBuilder().maximumSize(MAX_SESSIONS).build();

    public void record(String sessionId, SignIn signIn) {
        bySessionId.put(sessionId, signIn);
    }

    public Optional<SignIn> of(String sessionId) {
        return Optional.ofNullable(bySessionId.getIfPresent(sessionId));
    }

    public void forget(String sessionId) {
        bySessionId.invalidate(sessionId);
    }
}
