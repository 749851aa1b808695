package org.atelier.identity.secondfactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The codes that stand in for the authenticator when it is lost: {@value #COUNT} of them, each used once. A code
 * is 10 random base32 characters (50 bits), shown as {@code abcde-fghij}; only its SHA-256 is kept. A fast hash
 * is enough for so much randomness: no list of guesses gets anywhere near it, unlike a chosen password.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final int LENGTH = 10;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    /** New codes, readable, to show once. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH + 1);
            for (int c = 0; c < LENGTH; c++) {
                if (c == LENGTH / 2) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form of a code, whichever way it was typed: case, spaces and dashes do not matter. */
    public static String hash(String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the typed text looks like a recovery code rather than a 6-digit one. */
    public static boolean looksLikeOne(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").length() == LENGTH;
    }
}
