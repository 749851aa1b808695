package org.atelier.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages are written in. Anyone else reads English. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final List<Locale> SUPPORTED = List.of(ENGLISH, RUSSIAN);

    private Languages() {
    }

    /** The first supported language of the browser's Accept-Language list. */
    public static Locale preferredBy(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream()
                .map(Languages::supported)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(ENGLISH);
    }

    /** @param tag a language tag such as {@code ru} or {@code en-GB} */
    public static Optional<Locale> supported(String tag) {
        return tag == null ? Optional.empty() : supported(Locale.forLanguageTag(tag.strip()));
    }

    private static Optional<Locale> supported(Locale locale) {
        return SUPPORTED.stream().filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The language the switch link offers. */
    public static Locale other(Locale current) {
        return RUSSIAN.getLanguage().equals(current.getLanguage()) ? ENGLISH : RUSSIAN;
    }
}
