package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RespondentKeysTest {

    RespondentKeys keys = new RespondentKeys("a-test-secret-that-is-long-enough-for-hmac");

    @Test
    void theKeyIsStableForOnePersonInOneCampaignAndDiffersAcrossCampaignsPeopleAndSecrets() {
        assertThat(keys.keyOf("c1", "anna")).isEqualTo(keys.keyOf("c1", "anna"))
                .isNotEqualTo(keys.keyOf("c2", "anna"))
                .isNotEqualTo(keys.keyOf("c1", "boris"))
                .isNotEqualTo(new RespondentKeys("another-secret-that-is-long-enough-for-it").keyOf("c1", "anna"))
                .doesNotContain("anna")
                .hasSize(43);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new RespondentKeys("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
