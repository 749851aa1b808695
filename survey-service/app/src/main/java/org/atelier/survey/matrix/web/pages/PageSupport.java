package org.atelier.survey.matrix.web.pages;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.matrix.CampaignCatalogue;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.web.pages.RefusedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** What the matrix pages share: reasons in the reader's language, names in the page's language, and typed values kept. */
final class PageSupport {

    /** The longest text any of these forms takes; a longer value is cut before it is shown again. */
    private static final int MAX_KEPT_LENGTH = CatalogueTask.MAX_DESCRIPTION;

    private final MessageSource messages;

    PageSupport(MessageSource messages) {
        this.messages = messages;
    }

    static boolean russian() {
        return "ru".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    static String name(CatalogueTask task) {
        return russian() ? task.nameRu() : task.nameEn();
    }

    static String name(CampaignCatalogue.MatrixDepartment department) {
        return russian() ? department.nameRu() : department.nameEn();
    }

    String say(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A rule's reason as the pages word it ({@code rule.<code>}), else the domain's English message. */
    String reason(RuleViolation violation) {
        if (violation.code() == null) {
            return violation.getMessage();
        }
        return messages.getMessage("rule." + violation.code(), violation.arguments(), violation.getMessage(), LocaleContextHolder.getLocale());
    }

    RefusedForm refused(String form, List<RuleViolation> violations, Map<String, String[]> typed) {
        return new RefusedForm(form, violations.stream().map(v -> new RefusedForm.FieldError(v.field(), reason(v))).toList(), kept(typed));
    }

    /** What the form is filled with again: no more than its fields accept, so a hostile value is not sent back whole. */
    static Map<String, String[]> kept(Map<String, String[]> parameters) {
        Map<String, String[]> kept = new HashMap<>();
        parameters.entrySet().stream().limit(2000).forEach(parameter -> kept.put(parameter.getKey(), Arrays.stream(parameter.getValue()).limit(50)
                .map(value -> value.length() > MAX_KEPT_LENGTH ? value.substring(0, MAX_KEPT_LENGTH) : value).toArray(String[]::new)));
        return Collections.unmodifiableMap(kept);
    }
}
