package org.atelier.identity.secondfactor.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.TestClock;
import org.atelier.identity.secondfactor.InMemorySecondFactors;
import org.atelier.identity.secondfactor.RecoveryCodes;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.Totp;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.Test;

class SecondFactorUseCasesTest {

    private static final Username PERSON = Username.of("ivanov");

    private final TestClock clock = TestClock.atSomeMorning();
    private final InMemorySecondFactors factors = new InMemorySecondFactors();
    private final EnrollingSecondFactor enrolling = new EnrollingSecondFactor(factors, clock);
    private final CheckingSecondFactor checking = new CheckingSecondFactor(factors, clock);
    private final DisablingSecondFactor disabling = new DisablingSecondFactor(factors, checking);
    private final byte[] secret = enrolling.newSecret();

    @Test
    void enrollingTakesEffectWithARightCodeAndGivesTenRecoveryCodes() {
        assertThatThrownBy(() -> enrolling.confirm(PERSON, secret, wrong(Totp.codeAt(secret, clock.instant()))))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "secondFactor.codeWrong");
        assertThat(checking.isEnrolled(PERSON)).isFalse();

        List<String> codes = enrolling.confirm(PERSON, secret, Totp.codeAt(secret, clock.instant()));

        assertThat(codes).hasSize(RecoveryCodes.COUNT);
        assertThat(checking.isEnrolled(PERSON)).isTrue();
        assertThatThrownBy(() -> enrolling.confirm(PERSON, enrolling.newSecret(), "123456"))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("code", "secondFactor.alreadyEnrolled");
    }

    @Test
    void theCodeThatConfirmedTheEnrolmentDoesNotSignInAgain() {
        String code = Totp.codeAt(secret, clock.instant());
        enrolling.confirm(PERSON, secret, code);

        assertThat(checking.check(PERSON, code)).isEqualTo(SecondFactor.Check.REFUSED);
        clock.advance(Totp.STEP);
        assertThat(checking.check(PERSON, Totp.codeAt(secret, clock.instant()))).isEqualTo(SecondFactor.Check.CODE);
        assertThat(checking.check(PERSON, Totp.codeAt(secret, clock.instant()))).isEqualTo(SecondFactor.Check.REFUSED);
    }

    @Test
    void aRecoveryCodeIsSpentByItsUse() {
        List<String> codes = enrolling.confirm(PERSON, secret, Totp.codeAt(secret, clock.instant()));

        assertThat(checking.check(PERSON, codes.get(0))).isEqualTo(SecondFactor.Check.RECOVERY_CODE);
        assertThat(checking.check(PERSON, codes.get(0))).isEqualTo(SecondFactor.Check.REFUSED);
        assertThat(checking.recoveryCodesLeft(PERSON)).isEqualTo(RecoveryCodes.COUNT - 1);
    }

    @Test
    void aPersonWithoutAFactorHasNoCodeToShow() {
        assertThat(checking.check(PERSON, "123456")).isEqualTo(SecondFactor.Check.REFUSED);
    }

    @Test
    void disablingNeedsACurrentCodeOrARecoveryCode() {
        List<String> codes = enrolling.confirm(PERSON, secret, Totp.codeAt(secret, clock.instant()));
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> disabling.disable(PERSON, wrong(Totp.codeAt(secret, clock.instant()))))
                .isInstanceOf(RuleViolation.class);
        assertThat(checking.isEnrolled(PERSON)).isTrue();

        disabling.disable(PERSON, codes.get(9));
        assertThat(checking.isEnrolled(PERSON)).isFalse();
    }

    @Test
    void ofTwoChecksRacingWithOneCodeOneFails() {
        enrolling.confirm(PERSON, secret, Totp.codeAt(secret, clock.instant()));
        clock.advance(Totp.STEP);
        SecondFactor first = factors.find(PERSON).orElseThrow();
        SecondFactor second = factors.find(PERSON).orElseThrow();
        String code = Totp.codeAt(secret, clock.instant());

        assertThat(first.check(code, clock.instant())).isEqualTo(SecondFactor.Check.CODE);
        assertThat(second.check(code, clock.instant())).isEqualTo(SecondFactor.Check.CODE);
        factors.save(first);
        assertThatThrownBy(() -> factors.save(second)).isInstanceOf(ConcurrentChange.class);
    }

    @Test
    void anAdminRemovesSomeoneElsesFactorButNotTheirOwn() {
        enrolling.confirm(PERSON, secret, Totp.codeAt(secret, clock.instant()));
        RemovingSecondFactor removing = new RemovingSecondFactor(factors);

        assertThatThrownBy(() -> removing.remove(PERSON, PERSON)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "secondFactor.removeOwn");
        assertThat(removing.enrolledAt(PERSON)).hasValue(clock.instant());
        assertThat(removing.remove(Username.of("admin"), PERSON)).isTrue();
        assertThat(checking.isEnrolled(PERSON)).isFalse();
        assertThat(removing.remove(Username.of("admin"), PERSON)).as("had none any more").isFalse();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
