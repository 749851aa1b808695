package org.atelier.identity.user;

import java.text.Normalizer;
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

    /** Accepts any capitalisation, compatibility forms (full-width letters) and surrounding blanks, as typed on a login form. */
    public static Username of(String raw) {
        return new Username(raw == null ? null : canonical(raw));
    }

    /**
     * What a typed username means, whether or not it is a valid one: Unicode compatibility forms folded (NFKC),
     * surrounding blanks and control characters taken off (both {@link String#trim()}, as Spring Security does at
     * sign-in, and {@link String#strip()}), lower case. Two inputs that can sign in as the same person have the
     * same canonical form, which is what the sign-in throttle counts failures under.
     */
    public static String canonical(String raw) {
        return Normalizer.normalize(raw.trim(), Normalizer.Form.NFKC).trim().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the text holds a control or formatting character (such as {@code U+0001}, an escape, a zero-width
     * space or a direction mark) other than the blanks a form may add around it. No username has one, and they
     * are a way to make one name look like another.
     */
    public static boolean hasControlCharacters(String raw) {
        return raw != null && raw.codePoints().anyMatch(c -> c != '\t' && c != '\n' && c != '\r'
                && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR));
    }

    @Override
    public String toString() {
        return value;
    }
}
