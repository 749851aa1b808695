package org.atelier.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak English or Russian: the browser's preference until the reader picks one with {@code ?lang=ru}
 * or {@code ?lang=en}, remembered in a cookie. The cookie is one for the whole system: it carries no port and no
 * path, so on one host (localhost) every service and the identity portal read and write the same choice, and a
 * language picked anywhere holds everywhere. Deployed on several hosts, give it a common parent domain.
 */
public final class PageLanguage {

    /** Shared with the identity portal, which sets it too. */
    public static final String COOKIE = "atelier_locale";

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private PageLanguage() {
    }

    static LocaleResolver resolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
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
