package org.atelier.loyalty.common.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.atelier.loyalty.common.RuleViolation;

/**
 * Reads the text fields of a page form the way {@link NumberInput} reads its numbers: every value is bounded in
 * length before anything parses, stores or echoes it, and what cannot be read is refused against its field, so
 * the form is shown again with the reason instead of an error page. Pages take every parameter as text and read
 * it here, because Spring's own conversion of a bad date or choice ends outside the form.
 *
 * <p>The bounds are cheap, so pages check them before permissions; the domain keeps its own, tighter rules.
 */
public final class FormInput {

    /** Longer than any date, choice or code the forms offer. */
    static final int MAX_TOKEN_LENGTH = 40;
    /** More entries than a form's list of checkboxes or rows ever has. */
    public static final int MAX_VALUES = 50;

    private FormInput() {
    }

    /** The value read from a field the form cannot do without. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "required", "Fill in this field");
        }
        return value;
    }

    /** Free text as typed, or null when the field was not sent. */
    public static String text(String field, String typed, int maxLength) {
        if (typed != null && typed.length() > maxLength) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", maxLength);
        }
        return typed;
    }

    /** Several values of one field, each bounded like {@link #text}; null when none were sent. */
    public static List<String> texts(String field, List<String> typed, int maxLength) {
        if (typed == null) {
            return null;
        }
        if (typed.size() > MAX_VALUES) {
            throw new RuleViolation(field, "tooManyValues", "At most {0} values", MAX_VALUES);
        }
        typed.forEach(value -> text(field, value, maxLength));
        return typed;
    }

    /** A date as the date picker sends it (2026-03-14); empty is null. */
    public static LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String token = token(field, typed, "notADate", "Not a date; expected e.g. 2026-03-14");
        try {
            return LocalDate.parse(token);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "notADate", "Not a date; expected e.g. 2026-03-14");
        }
    }

    /** One of the choices a select or radio offers; empty is null. */
    public static <E extends Enum<E>> E choice(String field, String typed, Class<E> choices) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String token = token(field, typed, "notAChoice", "Not one of the choices offered");
        try {
            return Enum.valueOf(choices, token);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "notAChoice", "Not one of the choices offered");
        }
    }

    /** Several choices of one field (checkboxes); none sent is an empty list, and empty values are no choice. */
    public static <E extends Enum<E>> List<E> choices(String field, List<String> typed, Class<E> choices) {
        List<String> values = texts(field, typed, MAX_TOKEN_LENGTH);
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank())
                .map(value -> choice(field, value, choices)).toList();
    }

    /** A yes/no field (true or false); empty is null. */
    public static Boolean yesNo(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return switch (token(field, typed, "notAChoice", "Not one of the choices offered")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RuleViolation(field, "notAChoice", "Not one of the choices offered");
        };
    }

    private static String token(String field, String typed, String code, String message) {
        if (typed.length() > MAX_TOKEN_LENGTH) {
            throw new RuleViolation(field, code, message);
        }
        return typed.strip();
    }
}
