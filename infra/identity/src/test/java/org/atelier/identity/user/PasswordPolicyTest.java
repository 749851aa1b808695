package org.atelier.identity.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.atelier.identity.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    /** 64 Cyrillic letters, none repeated in a row: 128 bytes in UTF-8, which BCrypt would have cut at 72. */
    private static final String SIXTY_FOUR_CYRILLIC = "съешьжеещёэтихмягкихфранцузскихбулокдавыпейчаюсъешьжеещёэтихмягк";

    @Test
    void twelveCharactersAreEnough() {
        assertThatCode(() -> PasswordPolicy.check("password", "correct hors")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "правильный к")).doesNotThrowAnyException();
    }

    @Test
    void elevenAreNot() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "correct hor"))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "newPassword")
                .hasFieldOrPropertyWithValue("code", "password.tooShort");
    }

    @Test
    void blanksDoNotCount() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", " ".repeat(20))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> PasswordPolicy.check("password", null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void sixtyFourLettersOfAnyScriptAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("password", SIXTY_FOUR_CYRILLIC)).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "Grüße aus Köln, Ελλάδα και 東京の夜景 — 我们的密码很长也很安全 ok"))
                .doesNotThrowAnyException();
    }

    @Test
    void lengthIsCountedInCharactersUpToAHundredAndTwentyEight() {
        String longest = (SIXTY_FOUR_CYRILLIC + SIXTY_FOUR_CYRILLIC);
        assertThatCode(() -> PasswordPolicy.check("password", longest)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", longest + "ж"))
                .hasFieldOrPropertyWithValue("code", "password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abababababab", "123456789012", "qwertyuiop12", "987654321098",
            "abcdefghijklm", "йцукенгшщзхъ", "1qaz2wsx3edc", "  ZZZZZZZZZZ  "})
    void trivialPasswordsAreRefused(String trivial) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", trivial))
                .hasFieldOrPropertyWithValue("code", "password.trivial");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "iloveyou2024!", "1234sunshine", "!!football!!",
            "ｐａｓｓｗｏｒｄ１２３４"})
    void commonPasswordsAreRefusedWhateverIsAroundThem(String common) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", common))
                .hasFieldOrPropertyWithValue("code", "password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivanov.sales1", "ivanov.salesivanov.sales", "IvanIvanov99!", "Atelier2026!!", "иван-иванов-2026",
            "ivanov.sales-password"})
    void passwordsBuiltOnTheUsernameTheNameOrTheProductAreRefused(String contextual) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", contextual, List.of("ivanov.sales", "Иван Иванов Ivan Ivanov")))
                .hasFieldOrPropertyWithValue("code", "password.context");
    }

    @Test
    void aContextWordAmongOtherWordsIsFine() {
        assertThatCode(() -> PasswordPolicy.check("password", "ivanov likes green tea at noon",
                List.of("ivanov", "Ivan Ivanov"))).doesNotThrowAnyException();
    }

    @Test
    void generatedPasswordsPass() {
        for (int i = 0; i < 200; i++) {
            String generated = RandomPasswords.generate();
            assertThatCode(() -> PasswordPolicy.check("password", generated)).as(generated).doesNotThrowAnyException();
        }
    }
}
