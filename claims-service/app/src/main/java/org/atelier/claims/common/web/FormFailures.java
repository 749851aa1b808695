package org.atelier.claims.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.security.NotAllowed;
import org.atelier.web.pages.RefusedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns refusals into what a page shows inside the form that was sent: every reason in the reader's language
 * ({@code rule.<code>} in the bundles, else the domain's English text) and the HTTP status that goes with it.
 */
@Component
public class FormFailures {

    /** The longest field a claims form has. */
    private static final int MAX_KEPT_LENGTH = 4000;
    private static final int MAX_KEPT_PARAMETERS = 100;
    private static final int MAX_KEPT_VALUES = 50;

    private final MessageSource messages;

    FormFailures(MessageSource messages) {
        this.messages = messages;
    }

    public void showIn(Model model, String form, List<? extends RuntimeException> refusals, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        response.setStatus(status(refusals.get(0)));
        List<RefusedForm.FieldError> errors = refusals.stream().map(reason -> new RefusedForm.FieldError(
                reason instanceof RuleViolation violation ? violation.field() : null, message(reason, locale))).toList();
        model.addAttribute("failure", new RefusedForm(form, errors, keptAsTyped(request.getParameterMap())));
    }

    public void showIn(Model model, String form, RuntimeException refusal, HttpServletRequest request, HttpServletResponse response) {
        showIn(model, form, List.of(refusal), request, response);
    }

    /**
     * Shows the form again as it was sent, with no reason against it: a step inside the form (such as looking a customer
     * up by name) that keeps what was typed so far.
     */
    public void keepTyped(Model model, String form, HttpServletRequest request) {
        model.addAttribute("failure", new RefusedForm(form, List.of(), keptAsTyped(request.getParameterMap())));
    }

    /** 400 for a broken rule, 403 for an action outside the person's role, 404 for what is not there, 409 otherwise. */
    static int status(RuntimeException refusal) {
        return refusal instanceof NotAllowed ? 403 : refusal instanceof NotFound ? 404 : refusal instanceof RuleViolation ? 400 : 409;
    }

    private String message(RuntimeException refusal, Locale locale) {
        if (refusal instanceof RuleViolation violation && violation.code() != null) {
            return messages.getMessage("rule." + violation.code(), violation.arguments(), violation.getMessage(), locale);
        }
        String key = refusal instanceof NotAllowed ? "refusal.notAllowed" : refusal instanceof NotFound ? "refusal.notFound" : "refusal.conflict";
        return messages.getMessage(key, new Object[] {refusal.getMessage()}, refusal.getMessage(), locale);
    }

    /** What the form is filled with again: no more than its fields accept, so a hostile value is not sent back whole. */
    private static Map<String, String[]> keptAsTyped(Map<String, String[]> parameters) {
        Map<String, String[]> kept = new HashMap<>();
        parameters.entrySet().stream().limit(MAX_KEPT_PARAMETERS).forEach(parameter -> kept.put(parameter.getKey(),
                Arrays.stream(parameter.getValue()).limit(MAX_KEPT_VALUES)
                        .map(value -> value.length() > MAX_KEPT_LENGTH ? value.substring(0, MAX_KEPT_LENGTH) : value)
                        .toArray(String[]::new)));
        return kept;
    }
}
