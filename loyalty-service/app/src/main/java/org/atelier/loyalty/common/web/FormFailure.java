package org.atelier.loyalty.common.web;

import java.util.Arrays;
import java.util.Map;

/**
 * A form that was refused, shown again with the message next to the field at fault and what the person
 * typed still in place. Pages that hold several forms show it only in the form that was sent.
 *
 * @param form    which form on the page was sent
 * @param field   the field at fault, or null when the refusal concerns the whole form
 * @param values  the submitted parameters, to fill the form again
 */
public record FormFailure(String form, String field, String message, Map<String, String[]> values) {

    public FormFailure {
        values = Map.copyOf(values);
    }

    public boolean in(String formName) {
        return form.equals(formName);
    }

    /** Whether the refusal names one of these fields of the form (domain and form names may differ). */
    public boolean is(String formName, String... fields) {
        return in(formName) && field != null && Arrays.asList(fields).contains(field);
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
}
