package org.atelier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

    private static Formats in(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(WebPagesAutoConfiguration.KIT_BUNDLE);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Formats(Locale.forLanguageTag(language), messages);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void moneyIsShownInCurrencyUnitsFromMinorUnitsInTheReadersLanguage() {
        assertThat(plain(in("en").money(340_000_000L, "RUB"))).isEqualTo("RUB 3,400,000.00");
        assertThat(plain(in("ru").money(340_000_000L, "RUB"))).isEqualTo("3 400 000,00 ₽");
        assertThat(plain(in("ru").amount(1_250_050L, "RUB"))).isEqualTo("12 500,50");
    }

    @Test
    void numbersPointsAndPercentagesFollowTheLanguage() {
        assertThat(plain(in("en").number(50_500))).isEqualTo("50,500");
        assertThat(plain(in("ru").number(50_500))).isEqualTo("50 500");
        assertThat(plain(in("en").points(34_000))).isEqualTo("34,000 points");
        assertThat(in("en").points(1)).isEqualTo("1 point");
        assertThat(in("ru").points(1)).isEqualTo("1 балл");
        assertThat(in("ru").points(3)).isEqualTo("3 балла");
        assertThat(in("ru").points(11)).isEqualTo("11 баллов");
        assertThat(plain(in("ru").points(34_000))).isEqualTo("34 000 баллов");
        assertThat(in("en").percent(5)).isEqualTo("5%");
        assertThat(plain(in("ru").percent(5))).isEqualTo("5 %");
        assertThat(in("en").basisPoints(2_750)).isEqualTo("27.5%");
        assertThat(in("en").basisPoints(3_333)).isEqualTo("33.33%");
        assertThat(in("en").basisPoints(10_000)).isEqualTo("100%");
        assertThat(plain(in("ru").basisPoints(2_750))).isEqualTo("27,5 %");
        assertThat(in("en").basisPoints(null)).isEqualTo("—");
    }

    @Test
    void datesAreWrittenTheReadersWay() {
        assertThat(in("en").date(LocalDate.of(2026, 3, 14))).isEqualTo("14 Mar 2026");
        assertThat(in("ru").date(LocalDate.of(2026, 3, 14))).isEqualTo("14 мар. 2026 г.");
        assertThat(in("ru").date(null)).isEqualTo("—");
    }
}
