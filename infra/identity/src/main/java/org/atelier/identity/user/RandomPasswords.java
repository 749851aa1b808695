package org.atelier.identity.user;

import java.security.SecureRandom;

/**
 * Passwords chosen by the system (resets, local demo users): long enough for the policy, and without characters
 * that are easily mistaken for one another when read aloud or copied by hand (0/O, 1/l/I).
 */
public final class RandomPasswords {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
