package org.atelier.web.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Numbers, money, points, dates and percentages the way the reader's language writes them ({@code #fmt} in
 * templates): "34,000.00 RUB"-style amounts become "RUB 34,000.00" in English and "34 000,00 ₽" in Russian, from the
 * minor units the system stores. Null is shown as a dash, so templates need no checks.
 */
public final class Formats {

    static final String NOTHING = "—";
    private static final char NBSP = '\u00a0';

    private final Locale locale;
    private final MessageSource messages;

    public Formats(Locale locale, MessageSource messages) {
        this.locale = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru-RU") : Locale.forLanguageTag("en-GB");
        this.messages = messages;
    }

    /** An amount held in minor units (kopecks, cents), with its currency: "RUB 12,500.50" / "12 500,50 ₽". */
    public String money(Number minorUnits, Object currency) {
        if (minorUnits == null || currency == null) {
            return NOTHING;
        }
        String symbol = currency(currency).getSymbol(locale);
        String amount = amount(minorUnits, currency);
        if ("ru".equals(locale.getLanguage())) {
            return amount + NBSP + symbol;
        }
        // "€12.50", but "RUB 12.50": a code needs a space a sign does not.
        return symbol.chars().allMatch(Character::isLetter) ? symbol + NBSP + amount : symbol + amount;
    }

    /** An amount in minor units without its currency, for a column whose heading names it: "12,500.50" / "12 500,50". */
    public String amount(Number minorUnits, Object currency) {
        if (minorUnits == null || currency == null) {
            return NOTHING;
        }
        Currency code = currency(currency);
        int digits = Math.max(0, code.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minorUnits.longValue(), digits));
    }

    /** A count or any number: "50,500" / "50 500". */
    public String number(Number value) {
        return value == null ? NOTHING : NumberFormat.getNumberInstance(locale).format(value);
    }

    /** Points with the word in the right form: "1 point", "34,000 points" / "1 балл", "3 балла", "34 000 баллов". */
    public String points(Number value) {
        if (value == null) {
            return NOTHING;
        }
        String form = pluralForm(value.longValue());
        return messages.getMessage("kit.points." + form, new Object[] {number(value)}, locale);
    }

    /** A whole percentage as stored (5 is 5 %): "5%" / "5 %". */
    public String percent(Number wholePercent) {
        if (wholePercent == null) {
            return NOTHING;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(wholePercent.doubleValue() / 100);
    }

    /**
     * A share in basis points as the reports keep it (10 000 is 100 %), shown to the hundredth of a percent the
     * figure carries: 2 750 is "27.5%" / "27,5 %". Never rounded up, so the page shows what was computed.
     */
    public String basisPoints(Number basisPoints) {
        if (basisPoints == null) {
            return NOTHING;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(basisPoints.longValue(), 4));
    }

    /** "14 Mar 2026" / "14 мар. 2026 г.". */
    public String date(LocalDate date) {
        return date == null ? NOTHING : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An instant on the given zone's clock, e.g. the company's: "14 Mar 2026, 09:30". */
    public String dateTime(Instant instant, Object zone) {
        if (instant == null) {
            return NOTHING;
        }
        ZoneId zoneId = zone instanceof ZoneId id ? id : ZoneId.of(zone == null ? "UTC" : zone.toString());
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zoneId));
    }

    /** An instant in UTC, said so. */
    public String dateTime(Instant instant) {
        return instant == null ? NOTHING : dateTime(instant, "UTC") + " UTC";
    }

    /**
     * A code (a department, a tier, a reason) in the reader's language: the message {@code <prefix>.<code>} of the
     * bundles, or the code itself when the bundles do not name it (a department or tier added later).
     */
    public String label(String prefix, Object code) {
        if (code == null) {
            return NOTHING;
        }
        return messages.getMessage(prefix + "." + code, null, code.toString(), locale);
    }

    /** A message of the bundles in the reader's language. */
    public String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static Currency currency(Object currency) {
        return currency instanceof Currency given ? given : Currency.getInstance(currency.toString());
    }

    /** CLDR's plural categories for the two languages: Russian has one/few/many, English one/other. */
    String pluralForm(long value) {
        long n = Math.abs(value);
        if (!"ru".equals(locale.getLanguage())) {
            return n == 1 ? "one" : "many";
        }
        if (n % 10 == 1 && n % 100 != 11) {
            return "one";
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return "few";
        }
        return "many";
    }
}
