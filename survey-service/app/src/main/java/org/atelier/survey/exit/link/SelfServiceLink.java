package org.atelier.survey.exit.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire link sent to a former customer: whoever holds its token may answer the case's questionnaire once,
 * without signing in, until it expires or is revoked. Only the token's hash is kept, so the store cannot be read
 * back into working links.
 *
 * @param id        a random id to name the link by (revoking it), unrelated to the token
 * @param tokenHash SHA-256 of the token, hex
 * @param issuedBy  username of who issued it
 */
public record SelfServiceLink(String id, String caseId, String tokenHash, String issuedBy, Instant issuedAt, Instant expiresAt,
                              State state, Instant closedAt) {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(30);

    public enum State {
        ACTIVE,
        USED,
        REVOKED
    }

    /** Why a link no longer opens the questionnaire. */
    public enum Refusal {
        UNKNOWN,
        USED,
        EXPIRED,
        REVOKED,
        /** The case closed meanwhile (interviewed, declined, regained): there is nothing left to answer. */
        CASE_CLOSED
    }

    public SelfServiceLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(state, "state");
    }

    public static SelfServiceLink issue(String id, String caseId, String tokenHash, String issuedBy, Instant now, Duration validity) {
        return new SelfServiceLink(id, caseId, tokenHash, issuedBy, now, now.plus(validity), State.ACTIVE, null);
    }

    /** Empty when the link may be used now; a used or revoked link stays refused as such even once it has expired. */
    public Optional<Refusal> refusal(Instant now) {
        if (state == State.USED) {
            return Optional.of(Refusal.USED);
        }
        if (state == State.REVOKED) {
            return Optional.of(Refusal.REVOKED);
        }
        return now.isBefore(expiresAt) ? Optional.empty() : Optional.of(Refusal.EXPIRED);
    }
}
