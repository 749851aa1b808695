package org.atelier.identity.secondfactor;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 base32 without padding, the form authenticator apps take a secret in (typed, or in an
 * {@code otpauth://} URI). Decoding ignores spaces, dashes and case, as people type them.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException when the text has a character outside the alphabet */
    public static byte[] decode(String text) {
        String clean = text.replaceAll("[\\s-=]", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not a base32 character: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
