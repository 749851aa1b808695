package org.atelier.loyalty.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.security.NotAllowed;
import org.atelier.web.pages.RefusedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns a refusal into what a page shows: the reason in the reader's language (from {@code rule.<code>} in the
 * bundles, falling back to the domain's English text) and the HTTP status that goes with it.
 */
@Component
public class FormFailures {

    /** The longest field a form has (a loss's note). */
    private static final int MAX_KEPT_LENGTH = 2000;
    private static final int MAX_KEPT_PARAMETERS = 100;

    private final MessageSource messages;

    FormFailures(MessageSource messages) {
        this.messages = messages;
    }

    /** Every reason of the refusal (a {@link FormRefusal} has several), each with its field, in the reader's language. */
    public RefusedForm of(String form, RuntimeException refusal, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<RuntimeException> reasons = refusal instanceof FormRefusal several ? List.copyOf(several.violations()) : List.of(refusal);
        List<RefusedForm.FieldError> errors = reasons.stream().map(reason -> new RefusedForm.FieldError(
                reason instanceof RuleViolation violation ? violation.field() : null, message(reason, locale))).toList();
        return new RefusedForm(form, errors, keptAsTyped(request.getParameterMap()));
    }

    /** What the form is filled with again: no more than its fields accept, so a hostile value is not sent back whole. */
    private static Map<String, String[]> keptAsTyped(Map<String, String[]> parameters) {
        Map<String, String[]> kept = new HashMap<>();
        parameters.entrySet().stream().limit(MAX_KEPT_PARAMETERS).forEach(parameter -> kept.put(parameter.getKey(),
                Arrays.stream(parameter.getValue()).limit(FormInput.MAX_VALUES)
                        .map(value -> value.length() > MAX_KEPT_LENGTH ? value.substring(0, MAX_KEPT_LENGTH) : value)
                        .toArray(String[]::new)));
        return kept;
    }

    /**
     * Puts the refusal into the page about to be shown again, inside the form that was sent, and answers with the
     * refusal's status.
     */
    public void showIn(Model model, String form, RuntimeException refusal, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(status(refusal));
        model.addAttribute("failure", of(form, refusal, request));
    }

    /** 400 for a broken rule (or several), 403 for an action outside the person's role, 409 for anything that changed meanwhile. */
    public static int status(RuntimeException refusal) {
        return refusal instanceof NotAllowed ? 403 : refusal instanceof RuleViolation || refusal instanceof FormRefusal ? 400 : 409;
    }

    String message(RuntimeException refusal, Locale locale) {
        if (refusal instanceof RuleViolation violation && violation.code() != null) {
            return messages.getMessage("rule." + violation.code(), violation.arguments(), violation.getMessage(), locale);
        }
        String key = refusal instanceof NotAllowed ? "refusal.notAllowed" : "refusal.conflict";
        return messages.getMessage(key, new Object[] {refusal.getMessage()}, refusal.getMessage(), locale);
    }
}
