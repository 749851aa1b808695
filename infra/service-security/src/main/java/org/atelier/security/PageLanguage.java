package org.atelier.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak English or Russian: the browser's preference until the reader picks one with {@code ?lang=ru}
 * or {@code ?lang=en}, remembered in a cookie.
 */
final class PageLanguage {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private PageLanguage() {
    }

    static LocaleResolver resolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("atelier-lang");
        resolver.setDefaultLocaleFunction(request -> {
            Locale preferred = request.getLocale();
            return preferred != null && "ru".equals(preferred.getLanguage()) ? SUPPORTED.get(1) : SUPPORTED.get(0);
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    static LocaleChangeInterceptor switcher() {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        return interceptor;
    }
}
