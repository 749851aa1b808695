package org.atelier.idempotency;

import java.util.Optional;

/**
 * An {@code Idempotency-Key} header value or a form token. The draft defines the header as a structured-field
 * string ({@code "8e03978e-…"}); the bare value is accepted too, as most clients send it. Empty, longer than the
 * bound or with anything but printable ASCII, it is refused rather than silently ignored: a client that sends a
 * key expects protection, and would not get it.
 */
record IdempotencyKey(String value) {

    static Optional<IdempotencyKey> parse(String header, int maxLength) throws InvalidKey {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            throw new InvalidKey("The idempotency key is empty");
        }
        if (value.length() > maxLength) {
            throw new InvalidKey("The idempotency key is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new InvalidKey("The idempotency key may hold printable ASCII characters only");
            }
        }
        return Optional.of(new IdempotencyKey(value));
    }

    static final class InvalidKey extends Exception {
        InvalidKey(String message) {
            super(message, null, false, false);
        }
    }
}
