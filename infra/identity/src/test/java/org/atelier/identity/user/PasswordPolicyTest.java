package org.atelier.identity.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.identity.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

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
    void whatBCryptWouldIgnoreIsRefused() {
        assertThatCode(() -> PasswordPolicy.check("password", "a".repeat(72))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", "a".repeat(73)))
                .hasFieldOrPropertyWithValue("code", "password.tooLong");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "я".repeat(37)))
                .hasFieldOrPropertyWithValue("code", "password.tooLong");
    }
}
