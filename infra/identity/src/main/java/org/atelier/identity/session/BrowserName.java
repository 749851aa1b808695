package org.atelier.identity.session;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, readable name for a browser from its {@code User-Agent} header, such as "Firefox 128 / Windows":
 * enough for a person to recognise their own sessions. Anything unrecognised is shown as sent, shortened.
 */
public final class BrowserName {

    private static final int MAX_LENGTH = 80;
    /** In this order: Edge and Opera also say Chrome, Chrome also says Safari. */
    private static final List<Map.Entry<String, Pattern>> BROWSERS = List.of(
            Map.entry("Edge", Pattern.compile("Edg(?:e|A|iOS)?/(\\d+)")),
            Map.entry("Opera", Pattern.compile("OPR/(\\d+)")),
            Map.entry("Firefox", Pattern.compile("(?:Firefox|FxiOS)/(\\d+)")),
            Map.entry("Yandex Browser", Pattern.compile("YaBrowser/(\\d+)")),
            Map.entry("Chrome", Pattern.compile("(?:HeadlessChrome|Chrome|CriOS)/(\\d+)")),
            Map.entry("Safari", Pattern.compile("Version/(\\d+)[^ ]* (?:Mobile/\\S+ )?Safari/")));
    private static final List<Map.Entry<String, Pattern>> SYSTEMS = List.of(
            Map.entry("Android", Pattern.compile("Android")),
            Map.entry("iOS", Pattern.compile("iPhone|iPad|iPod")),
            Map.entry("Windows", Pattern.compile("Windows")),
            Map.entry("macOS", Pattern.compile("Mac OS X|Macintosh")),
            Map.entry("Linux", Pattern.compile("Linux|X11")));

    private BrowserName() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String browser = BROWSERS.stream()
                .map(candidate -> {
                    Matcher version = candidate.getValue().matcher(userAgent);
                    return version.find() ? candidate.getKey() + " " + version.group(1) : null;
                })
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (browser == null) {
            String raw = userAgent.strip();
            return raw.length() <= MAX_LENGTH ? raw : raw.substring(0, MAX_LENGTH) + "…";
        }
        return SYSTEMS.stream().filter(system -> system.getValue().matcher(userAgent).find())
                .findFirst().map(system -> browser + " / " + system.getKey()).orElse(browser);
    }
}
