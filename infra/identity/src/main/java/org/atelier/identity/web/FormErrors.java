package org.atelier.identity.web;

import org.atelier.identity.RuleViolation;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Shows a broken rule next to the form field it concerns, or above the form when the form has no such field. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, RuleViolation violation) {
        String code = "rule." + violation.code();
        if (result instanceof AbstractPropertyBindingResult form
                && form.getPropertyAccessor().isReadableProperty(violation.field())) {
            result.rejectValue(violation.field(), code, violation.arguments(), violation.getMessage());
        } else {
            result.reject(code, violation.arguments(), violation.getMessage());
        }
    }
}
