package org.atelier.identity.it;

import java.time.Instant;
import org.atelier.identity.secondfactor.Base32;
import org.atelier.identity.secondfactor.Totp;

/**
 * A person's authenticator app, as far as a test needs one: it holds the secret and computes codes. The code it
 * gives is the next step's, which the provider takes (one step either side is tolerated) and which is always
 * later than the step the enrolment's code was taken at: a code is never taken twice.
 */
record Authenticator(byte[] secret) {

    static Authenticator fromPage(String secretAsShown) {
        return new Authenticator(Base32.decode(secretAsShown));
    }

    String nextCode() {
        return Totp.code(secret, Totp.step(Instant.now()) + 1, Totp.DIGITS);
    }

    String currentCode() {
        return Totp.codeAt(secret, Instant.now());
    }

    /** A six-digit code that is none the provider would take now. */
    String wrongCode() {
        long step = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            boolean takenNow = false;
            for (long s = step - 2; s <= step + 2; s++) {
                takenNow |= Totp.code(secret, s, Totp.DIGITS).equals(code);
            }
            if (!takenNow) {
                return code;
            }
        }
    }
}
