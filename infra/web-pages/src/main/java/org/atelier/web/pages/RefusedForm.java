package org.atelier.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A form that was refused, shown again with every reason at once: each beside its field, all of them in a summary at
 * the top of the form, and what the person typed still in place. Pages that hold several forms show it only in the
 * form that was sent. Put it in the model as {@code failure}; the {@code kit/forms} fragments read it.
 *
 * @param form   which form on the page was sent (also the prefix of the summary's id, {@code <form>-errors})
 * @param errors every reason, in the order of the form's fields
 * @param values the submitted parameters, to fill the form again
 */
public record RefusedForm(String form, List<FieldError> errors, Map<String, String[]> values) {

    /**
     * One reason.
     *
     * @param field the field at fault as the refusal names it, or null when it concerns the whole form
     */
    public record FieldError(String field, String message) {
    }

    public RefusedForm {
        errors = List.copyOf(errors);
        values = Map.copyOf(values);
    }

    public boolean in(String formName) {
        return form.equals(formName);
    }

    /** Whether a reason names one of these fields of the form (a refusal and the form may name one field differently). */
    public boolean is(String formName, String... fields) {
        return !messages(formName, fields).isEmpty();
    }

    /** The reasons about these fields of the form. */
    public List<String> messages(String formName, String... fields) {
        List<String> named = Arrays.asList(fields);
        return in(formName) ? errors.stream().filter(error -> error.field() != null && named.contains(error.field()))
                .map(FieldError::message).toList() : List.of();
    }

    /** {@code "true"} for a field at fault, else null, so {@code th:aria-invalid} leaves the others alone. */
    public String invalid(String formName, String... fields) {
        return is(formName, fields) ? "true" : null;
    }

    /** {@code <id>-error}, the id of the field's message, for {@code th:aria-describedby}; null for a field not at fault. */
    public String describedBy(String formName, String id, String... fields) {
        return is(formName, fields) ? id + "-error" : null;
    }

    /** {@link #messages} for fields named in one text, comma-separated, as the kit's fragments take them. */
    public List<String> messagesOf(String formName, String fieldList) {
        return messages(formName, fieldList.split("\\s*,\\s*"));
    }

    /** The first message; for a page that shows one line, e.g. a refused action without a form of its own. */
    public String message() {
        return errors.isEmpty() ? "" : errors.get(0).message();
    }

    /** What was typed into a field of the form, or null for another form. */
    public String value(String formName, String parameter) {
        String[] typed = in(formName) ? values.get(parameter) : null;
        return typed == null || typed.length == 0 ? null : typed[0];
    }

    public boolean checked(String formName, String parameter, String option) {
        String[] typed = in(formName) ? values.get(parameter) : null;
        return typed != null && Arrays.asList(typed).contains(option);
    }

    /**
     * Where the summary's entry for an error leads: the element with the id the page gave that field in
     * {@code targets}, else {@code <form>-<field>}; an error about the whole form leads nowhere.
     */
    public String target(FieldError error, Map<String, String> targets) {
        if (error.field() == null) {
            return null;
        }
        String given = targets == null ? null : targets.get(error.field());
        return given != null ? given : form + "-" + error.field();
    }
}
