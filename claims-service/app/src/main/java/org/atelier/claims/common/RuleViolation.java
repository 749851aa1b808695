package org.atelier.claims.common;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Input that breaks a business rule; the caller gets it back against the field it concerns, and nothing changes.
 *
 * <p>The message is English (the API's problem details say it as it is); {@code code} names the same message in
 * the pages' bundles as {@code rule.<code>}, so a page shows it in the reader's language with the same arguments.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String code;
    private final Object[] arguments;

    /**
     * @param pattern   the English text, a {@link MessageFormat} pattern over the arguments
     * @param arguments values the text names, given to the translated text too
     */
    public RuleViolation(String field, String code, String pattern, Object... arguments) {
        super(new MessageFormat(pattern, Locale.ROOT).format(arguments));
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** The message's key in the pages' bundles, without the {@code rule.} prefix. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
