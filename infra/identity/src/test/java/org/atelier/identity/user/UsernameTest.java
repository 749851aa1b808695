package org.atelier.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.atelier.identity.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"ivanov", "i.ivanov", "sales-head", "anna_k2", "ab"})
    void acceptsLatinLoginNames(String value) {
        assertThat(Username.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Ivanov ", "IVANOV", "iVaNoV"})
    void isTheSamePersonHoweverItIsCapitalised(String typed) {
        assertThat(Username.of(typed)).isEqualTo(Username.of("ivanov"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "1ivanov", "-ivanov", "иванов", "ivan ivanov", "ivanov@example.com"})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> Username.of(value))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("username"));
    }

    @Test
    void hasAtMostFortyCharacters() {
        assertThat(Username.of("a".repeat(40)).value()).hasSize(40);
        assertThatThrownBy(() -> Username.of("a".repeat(41))).isInstanceOf(RuleViolation.class);
    }
}
