package org.atelier.idempotency;

import java.time.Instant;

/**
 * What is kept for one caller's key, and how a new request with that key is judged against it (the rules of
 * the IETF httpapi draft "The Idempotency-Key HTTP Header Field"):
 * <ul>
 *   <li>a record past its retention is forgotten: the key is free again;</li>
 *   <li>another fingerprint under the same key is a mistake ({@link Verdict#MISMATCH}, 422);</li>
 *   <li>a finished request is answered again with its response ({@link Verdict#REPLAY});</li>
 *   <li>a request still running blocks the key ({@link Verdict#IN_FLIGHT}, 409), unless its lease ran out, which
 *       means the instance running it died: then the key is free again.</li>
 * </ul>
 */
record KeyRecord(String claim, String fingerprint, boolean done, Instant leaseUntil, Instant expiresAt, StoredResponse response) {

    enum Verdict { FREE, MISMATCH, REPLAY, IN_FLIGHT }

    Verdict judge(String requestFingerprint, Instant now) {
        if (!expiresAt.isAfter(now)) {
            return Verdict.FREE;
        }
        if (!fingerprint.equals(requestFingerprint)) {
            return Verdict.MISMATCH;
        }
        if (done) {
            return Verdict.REPLAY;
        }
        return leaseUntil.isAfter(now) ? Verdict.IN_FLIGHT : Verdict.FREE;
    }
}
