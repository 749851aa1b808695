package org.atelier.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final byte[] BODY = "{\"amountMinor\":100}".getBytes(UTF_8);

    @Test
    void theSameMethodTargetAndBodyGiveTheSameFingerprint() {
        assertThat(Fingerprint.of("POST", "/api/customers/1/purchases", BODY))
                .isEqualTo(Fingerprint.of("POST", "/api/customers/1/purchases", "{\"amountMinor\":100}".getBytes(UTF_8)));
    }

    @Test
    void anotherMethodTargetOrBodyGivesAnotherFingerprint() {
        Fingerprint first = Fingerprint.of("POST", "/api/customers/1/purchases", BODY);

        assertThat(Fingerprint.of("PUT", "/api/customers/1/purchases", BODY)).isNotEqualTo(first);
        assertThat(Fingerprint.of("POST", "/api/customers/2/purchases", BODY)).isNotEqualTo(first);
        assertThat(Fingerprint.of("POST", "/api/customers/1/purchases?x=1", BODY)).isNotEqualTo(first);
        assertThat(Fingerprint.of("POST", "/api/customers/1/purchases", "{\"amountMinor\":101}".getBytes(UTF_8))).isNotEqualTo(first);
    }

    @Test
    void partsCannotRunIntoEachOther() {
        assertThat(Fingerprint.of("POST", "/a", "b".getBytes(UTF_8))).isNotEqualTo(Fingerprint.of("POST", "/ab", new byte[0]));
    }

    @Test
    void aFormsFingerprintDoesNotDependOnTheOrderOfItsFieldsButOnTheirValues() {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        sent.put("amount", List.of("10.00"));
        sent.put("currency", List.of("RUB"));
        Map<String, List<String>> reordered = new LinkedHashMap<>();
        reordered.put("currency", List.of("RUB"));
        reordered.put("amount", List.of("10.00"));

        assertThat(Fingerprint.ofForm("POST", "/customers/1/purchases", sent)).isEqualTo(Fingerprint.ofForm("POST", "/customers/1/purchases", reordered));
        assertThat(Fingerprint.ofForm("POST", "/customers/1/purchases", Map.of("amount", List.of("10.01"), "currency", List.of("RUB"))))
                .isNotEqualTo(Fingerprint.ofForm("POST", "/customers/1/purchases", sent));
        assertThat(Fingerprint.ofForm("POST", "/x", Map.of("a", List.of("1:b")))).isNotEqualTo(Fingerprint.ofForm("POST", "/x", Map.of("a", List.of("1"), "b", List.of(""))));
    }
}
