package org.atelier.identity.user;

import java.util.Locale;
import java.util.regex.Pattern;
import org.atelier.identity.RuleViolation;

/**
 * The name a person signs in with, stored in lower case so that {@code Ivanov} and {@code ivanov} are the same
 * person. It is also the {@code sub} of their tokens, so it never changes.
 */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

    public Username {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("username", "username.format",
                    "A username is 2 to 40 Latin letters, digits, dots, hyphens or underscores and starts with a letter");
        }
    }

    /** Accepts any capitalisation and surrounding blanks, as typed on a login form. */
    public static Username of(String raw) {
        return new Username(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
