package org.atelier.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * What a person sees when a page form's one-time token refuses the submit: a short page in the reader's
 * language, never a JSON document. It is answered before the service's own pages run, so it carries its own
 * texts (bundle {@code org/atelier/idempotency/form-refusals}).
 */
final class FormRefusalPage {

    /** Why a form was refused; the name is the message key. */
    enum Reason { CHANGED, RUNNING, UNREADABLE }

    private static final String BUNDLE = "org.atelier.idempotency.form-refusals";

    private final Function<HttpServletRequest, Locale> language;

    /** @param language the reader's language, as the service's pages decide it */
    FormRefusalPage(Function<HttpServletRequest, Locale> language) {
        this.language = language;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, Reason reason) throws IOException {
        Locale locale = language.apply(request);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String title = HtmlUtils.htmlEscape(texts.getString("title"));
        String html = "<!doctype html>\n<html lang=\"" + HtmlUtils.htmlEscape(texts.getLocale().getLanguage().isEmpty() ? "en"
                : texts.getLocale().getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/kit/atelier.css\"></head>"
                + "<body><main><h1>" + title + "</h1><p role=\"alert\">" + HtmlUtils.htmlEscape(texts.getString(reason.name().toLowerCase(Locale.ROOT)))
                + "</p><p><a href=\"" + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(texts.getString("home")) + "</a></p>"
                + "</main></body></html>\n";
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(html);
    }
}
