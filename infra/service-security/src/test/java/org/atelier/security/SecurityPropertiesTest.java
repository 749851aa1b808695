package org.atelier.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    @Test
    void aUiSignsInWithItsOwnSecretWhenItHasOneElseWithTheSharedOne() {
        assertThat(properties("loyalty-own").effectiveClientSecret()).isEqualTo("loyalty-own");
        assertThat(properties("").effectiveClientSecret()).isEqualTo("shared");
        assertThat(properties(null).effectiveClientSecret()).isEqualTo("shared");
    }

    private static SecurityProperties properties(String ownSecret) {
        return new SecurityProperties("http://localhost:9000", null, "atelier-api", "loyalty-ui", ownSecret, "shared", 262_144);
    }
}
