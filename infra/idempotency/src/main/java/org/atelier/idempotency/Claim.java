package org.atelier.idempotency;

/** What claiming a key gave: the right to run the request, or the answer without running it. */
sealed interface Claim {

    /** This request runs; {@code id} proves it still holds the key when it completes or releases it. */
    record Claimed(String caller, String key, String id) implements Claim {
    }

    record Replay(StoredResponse response) implements Claim {
    }

    record InFlight() implements Claim {
    }

    record Mismatch() implements Claim {
    }
}
