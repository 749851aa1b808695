package org.atelier.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.atelier.security.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the kit's header shows, as {@code @kitPage} in templates: the service, the person signed in, the portal and the
 * language switch. Read at rendering time, so every page has it, error pages included, without model attributes.
 */
public class KitPage {

    private final String serviceName;
    private final String portal;

    KitPage(String serviceName, String portal) {
        this.serviceName = serviceName;
        this.portal = portal;
    }

    public String serviceName() {
        return serviceName;
    }

    public String portal() {
        return portal;
    }

    /** The person signed in, or null on a page shown before sign-in. */
    public CurrentUser user() {
        return CurrentUser.signedIn().orElse(null);
    }

    /** The language the switch offers: the other one of the two. */
    public String otherLanguage() {
        return "ru".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "ru";
    }

    public String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }

    /**
     * This page in the other language. A page shown in answer to a form (POST) has no address of its own to return
     * to, so the switch goes to {@code fallback} (the page's section), or the start page.
     */
    public String switchLanguageUrl(String fallback) {
        HttpServletRequest request = request();
        if (request != null && "GET".equals(request.getMethod())) {
            return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", otherLanguage()).build()
                    .toUriString().replaceFirst("^[a-z]+://[^/]+", "");
        }
        String base = fallback == null || fallback.isBlank() ? "/" : fallback;
        return base + (base.contains("?") ? "&" : "?") + "lang=" + otherLanguage();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes ? attributes.getRequest() : null;
    }
}
