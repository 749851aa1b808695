package org.atelier.identity.secondfactor;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.atelier.identity.user.Username;

/**
 * A person's authenticator: the TOTP secret they enrolled, the last time step a code of theirs was taken at (so
 * a code seen over someone's shoulder cannot be used again, RFC 6238 §5.2), and the hashes of their unused
 * recovery codes. It exists only once confirmed with a code: a secret merely shown is kept in the session.
 */
public final class SecondFactor {

    /** 160 bits, the HMAC-SHA1 block RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a code at sign-in (or to disable the factor) was taken. */
    public enum Check { CODE, RECOVERY_CODE, REFUSED }

    private final Username username;
    private final byte[] secret;
    private final Instant enrolledAt;
    private long lastUsedStep;
    private final List<String> recoveryCodeHashes;
    private final long version;

    private SecondFactor(Username username, byte[] secret, Instant enrolledAt, long lastUsedStep,
                         List<String> recoveryCodeHashes, long version) {
        this.username = username;
        this.secret = secret.clone();
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = lastUsedStep;
        this.recoveryCodeHashes = new ArrayList<>(recoveryCodeHashes);
        this.version = version;
    }

    /** A fresh random secret, to show while enrolling. */
    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /**
     * The factor, once the person showed their app computes the secret's codes.
     *
     * @return empty when the code is not one of the secret's current codes
     */
    public static Optional<SecondFactor> confirm(Username username, byte[] secret, String code, Instant now,
                                                            List<String> recoveryCodes) {
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SecondFactor(username, secret, now, step.getAsLong(),
                recoveryCodes.stream().map(RecoveryCodes::hash).toList(), 0));
    }

    public static SecondFactor restore(Username username, byte[] secret, Instant enrolledAt, long lastUsedStep,
                                       List<String> recoveryCodeHashes, long version) {
        return new SecondFactor(username, secret, enrolledAt, lastUsedStep, recoveryCodeHashes, version);
    }

    /**
     * Takes a code from the app, or a recovery code (used up by this). A code of a step at or before the last one
     * taken is refused: each code counts once, and an older one never after a newer.
     */
    public Check check(String typed, Instant now) {
        if (RecoveryCodes.looksLikeOne(typed)) {
            return useRecoveryCode(typed) ? Check.RECOVERY_CODE : Check.REFUSED;
        }
        OptionalLong step = Totp.matchingStep(secret, typed, now);
        if (step.isEmpty() || step.getAsLong() <= lastUsedStep) {
            return Check.REFUSED;
        }
        lastUsedStep = step.getAsLong();
        return Check.CODE;
    }

    private boolean useRecoveryCode(String typed) {
        byte[] hash = RecoveryCodes.hash(typed).getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (String stored : recoveryCodeHashes) {
            if (MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), hash)) {
                found = stored;
            }
        }
        return found != null && recoveryCodeHashes.remove(found);
    }

    public Username username() {
        return username;
    }

    public byte[] secret() {
        return secret.clone();
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public long lastUsedStep() {
        return lastUsedStep;
    }

    public List<String> recoveryCodeHashes() {
        return List.copyOf(recoveryCodeHashes);
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /** 0 for a factor not stored yet. */
    public long version() {
        return version;
    }

    public boolean isNew() {
        return version == 0;
    }
}
