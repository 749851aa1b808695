package org.atelier.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    private static final Username PERSON = Username.of("ivanov");
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

    private final byte[] secret = SecondFactor.newSecret();
    private final List<String> recoveryCodes = RecoveryCodes.generate();

    @Test
    void takesEffectOnlyWithACodeOfItsSecret() {
        assertThat(SecondFactor.confirm(PERSON, secret, "000000".equals(Totp.codeAt(secret, NOW)) ? "111111" : "000000", NOW, recoveryCodes)).isEmpty();
        assertThat(SecondFactor.confirm(PERSON, secret, Totp.codeAt(secret, NOW), NOW, recoveryCodes)).isPresent();
    }

    @Test
    void aCodeCountsOnceAndNoOlderOneAfterIt() {
        SecondFactor factor = enrolledOneStepAgo();
        String current = Totp.codeAt(secret, NOW);

        assertThat(factor.check(current, NOW)).isEqualTo(SecondFactor.Check.CODE);
        assertThat(factor.check(current, NOW)).as("the same code again").isEqualTo(SecondFactor.Check.REFUSED);
        assertThat(factor.check(Totp.code(secret, Totp.step(NOW) - 1, Totp.DIGITS), NOW))
                .as("the step before, still within the tolerance").isEqualTo(SecondFactor.Check.REFUSED);
        assertThat(factor.check(Totp.code(secret, Totp.step(NOW) + 1, Totp.DIGITS), NOW.plusSeconds(30)))
                .isEqualTo(SecondFactor.Check.CODE);
    }

    @Test
    void aRecoveryCodeWorksOnceHoweverItIsTyped() {
        SecondFactor factor = enrolledOneStepAgo();
        String code = recoveryCodes.get(3);

        assertThat(factor.check(" " + code.toUpperCase() + " ", NOW)).isEqualTo(SecondFactor.Check.RECOVERY_CODE);
        assertThat(factor.recoveryCodesLeft()).isEqualTo(RecoveryCodes.COUNT - 1);
        assertThat(factor.check(code, NOW)).isEqualTo(SecondFactor.Check.REFUSED);
        assertThat(factor.check(recoveryCodes.get(4).replace("-", ""), NOW)).isEqualTo(SecondFactor.Check.RECOVERY_CODE);
        assertThat(factor.check("aaaaa-aaaaa", NOW)).isEqualTo(SecondFactor.Check.REFUSED);
    }

    @Test
    void keepsOnlyTheHashesOfTheRecoveryCodes() {
        SecondFactor factor = enrolledOneStepAgo();
        assertThat(factor.recoveryCodeHashes()).hasSize(RecoveryCodes.COUNT).doesNotContainAnyElementsOf(recoveryCodes)
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(recoveryCodes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
    }

    private SecondFactor enrolledOneStepAgo() {
        Instant before = NOW.minusSeconds(60);
        return SecondFactor.confirm(PERSON, secret, Totp.codeAt(secret, before), before, recoveryCodes).orElseThrow();
    }
}
