package org.atelier.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Remembers the language chosen with the switch link ({@code ?lang=ru}); tags other than the supported
 * languages are ignored, so the page's declared language always matches its text. The parameter is read from
 * the query string only: asking the request for a parameter would parse a form body, even one being refused
 * as too large.
 */
class LanguageSwitch implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final LocaleResolver localeResolver;

    LanguageSwitch(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null) {
            return true;
        }
        String tag = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(PARAMETER);
        Languages.supported(tag).ifPresent(language -> localeResolver.setLocale(request, response, language));
        return true;
    }
}
