package org.atelier.web.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class UnreadableBodyDetailTest {

    record Purchase(long amountMinor, int quantity) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anIntegerTooLargeForItsFieldIsNamedWithTheFieldsBounds() {
        String detail = detailFor("{\"amountMinor\":99999999999999999999999,\"quantity\":1}");

        assertThat(detail).isEqualTo("amountMinor: out of range; expected a whole number from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void anIntFieldNamesTheIntBounds() {
        assertThat(detailFor("{\"amountMinor\":1,\"quantity\":3000000000}"))
                .isEqualTo("quantity: out of range; expected a whole number from -2147483648 to 2147483647");
    }

    @Test
    void brokenJsonIsStillToldAsSuch() {
        assertThat(detailFor("{\"amountMinor\":")).isEqualTo("The body is not valid JSON");
    }

    private static final class EmptyBody implements HttpInputMessage {
        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public HttpHeaders getHeaders() {
            return new HttpHeaders();
        }
    }

    private static String detailFor(String body) {
        JacksonException failure = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(body, Purchase.class));
        return ProblemDetailsAdvice.unreadableBodyDetail(new HttpMessageNotReadableException("unreadable", failure,
                new EmptyBody()));
    }
}
