package org.atelier.identity.secondfactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them by default: HMAC-SHA1 over
 * the number of 30-second steps since the epoch, truncated as HOTP (RFC 4226) does, 6 digits.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /**
     * Steps either side of the current one a code is still taken from: a phone's clock a little off, or a code
     * typed just as it changed.
     */
    static final int TOLERATED_STEPS = 1;
    private static final String ALGORITHM = "HmacSHA1";

    private Totp() {
    }

    /** The step an instant falls in (RFC 6238's T, with T0 = 0 and X = 30 s). */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of the given step, zero-padded to {@code digits}. */
    public static String code(byte[] key, long step, int digits) {
        byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        long modulus = (long) Math.pow(10, digits);
        return String.format("%0" + digits + "d", binary % modulus);
    }

    /** The 6-digit code shown at that instant. */
    public static String codeAt(byte[] key, Instant instant) {
        return code(key, step(instant), DIGITS);
    }

    /**
     * @return the step whose code the typed one is, among the current step and those tolerated either side;
     *         empty when it is none of them. Every candidate is compared, in constant time.
     */
    public static OptionalLong matchingStep(byte[] key, String typed, Instant now) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - TOLERATED_STEPS; step <= current + TOLERATED_STEPS; step++) {
            if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII)) && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
