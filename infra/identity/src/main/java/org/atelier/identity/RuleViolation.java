package org.atelier.identity;

import java.util.List;

/**
 * Input that breaks a rule of users or departments. It names the field it concerns and a message code, so a
 * form can show the message next to that field in the reader's language; the English message is the fallback.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String code;
    private final List<Object> arguments;

    public RuleViolation(String field, String code, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    /** Message code without a prefix, e.g. {@code username.format}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
