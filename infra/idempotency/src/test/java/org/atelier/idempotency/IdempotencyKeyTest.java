package org.atelier.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @Test
    void noHeaderMeansNoKey() throws Exception {
        assertThat(IdempotencyKey.parse(null, 255)).isEmpty();
    }

    @Test
    void aKeyIsReadBareOrAsAStructuredFieldString() throws Exception {
        assertThat(IdempotencyKey.parse("8e03978e-40d5-43e8-bc93-6894a57f9324", 255)).contains(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertThat(IdempotencyKey.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", 255)).contains(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324"));
    }

    @Test
    void aKeyOfExactlyTheBoundIsAccepted() throws Exception {
        assertThat(IdempotencyKey.parse("k".repeat(255), 255)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "ключ", "tab\there"})
    void anEmptyOrNonAsciiKeyIsRefused(String header) {
        assertThatThrownBy(() -> IdempotencyKey.parse(header, 255)).isInstanceOf(IdempotencyKey.InvalidKey.class);
    }

    @Test
    void aKeyLongerThanTheBoundIsRefused() {
        assertThatThrownBy(() -> IdempotencyKey.parse("k".repeat(256), 255)).isInstanceOf(IdempotencyKey.InvalidKey.class)
                .hasMessageContaining("255");
    }
}
