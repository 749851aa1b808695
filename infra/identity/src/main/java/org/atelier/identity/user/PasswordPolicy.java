package org.atelier.identity.user;

import java.nio.charset.StandardCharsets;
import org.atelier.identity.RuleViolation;

/**
 * What a password must be. Length is what makes a password strong, so there are no composition rules; the
 * upper bound is BCrypt's: it ignores everything after 72 bytes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @param field the form field the password was typed into, for the message */
    public static void check(String field, String password) {
        if (password == null || password.isBlank() || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new RuleViolation(field, "password.tooShort", "A password has at least {0} characters", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolation(field, "password.tooLong",
                    "A password has at most {0} bytes (72 Latin or 36 Cyrillic letters)", MAX_BYTES);
        }
    }
}
