package org.atelier.survey.exit.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client may open or post the public questionnaire: at most {@code requests} in each fixed window per
 * client. The page needs no sign-in, so this is what keeps a script from hammering it or trying tokens in bulk; a
 * former customer answering by hand never comes near the limit. Counted in memory per instance, which is enough for
 * its purpose: a limit that resets on restart or differs between instances still bounds the load on each one.
 */
public final class AnswerRateLimit {

    /** Past this many clients, windows that have ended are dropped so the map cannot grow without bound. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int requests;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public AnswerRateLimit(int requests, Duration window, Clock clock) {
        if (requests < 1) {
            throw new IllegalArgumentException("the rate limit must allow at least one request per window, not " + requests);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the rate limit's window must be positive, not " + window);
        }
        this.requests = requests;
        this.window = window;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Counts one request of the client; the answer says whether it may go on and, if not, when it may try again. */
    public Decision tryAcquire(String client) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(open -> !now.isBefore(open.endsAt));
        }
        Window current = windows.compute(client, (key, open) ->
                open == null || !now.isBefore(open.endsAt) ? new Window(now.plus(window), 1) : new Window(open.endsAt, open.count + 1));
        if (current.count <= requests) {
            return Decision.ALLOWED;
        }
        long seconds = Math.max(1, (Duration.between(now, current.endsAt).toMillis() + 999) / 1000);
        return new Decision(false, seconds);
    }

    /** Whether a request may go on; when refused, the whole seconds until the client's window ends (Retry-After). */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }

    private record Window(Instant endsAt, int count) {
    }
}
