package org.atelier.identity.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PlainTextHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangingOwnPasswordTest {

    private static final Username IVANOV = Username.of("ivanov");
    private static final String CURRENT = "the current one";

    private final InMemoryUsers users = new InMemoryUsers();
    private final TestClock clock = TestClock.atSomeMorning();
    private final ChangingOwnPassword changing = new ChangingOwnPassword(users, new PlainTextHasher(), clock);

    @BeforeEach
    void aUserWithATemporaryPassword() {
        new RegisteringUser(users, InMemoryDepartments.withDefaults(), new PlainTextHasher(), clock).register(
                new RegisteringUser.Command("ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.OTHER_STAFF,
                        EnumSet.of(Role.EMPLOYEE), CURRENT, true));
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void replacesThePassword() {
        changing.change(IVANOV, new ChangingOwnPassword.Command(CURRENT, "a brand new one", "a brand new one"));

        User user = users.find(IVANOV).orElseThrow();
        assertThat(user.passwordHash()).isEqualTo("hashed:a brand new one");
        assertThat(user.passwordChangedAt()).isEqualTo(clock.instant());
        assertThat(user.hasTemporaryPassword()).isFalse();
    }

    @Test
    void needsTheCurrentPassword() {
        assertThatThrownBy(() -> changing.change(IVANOV, new ChangingOwnPassword.Command("a guess", "a brand new one", "a brand new one")))
                .hasFieldOrPropertyWithValue("field", "currentPassword");
        assertUnchanged();
    }

    @Test
    void refusesReusingTheCurrentPassword() {
        assertThatThrownBy(() -> changing.change(IVANOV, new ChangingOwnPassword.Command(CURRENT, CURRENT, CURRENT)))
                .hasFieldOrPropertyWithValue("field", "newPassword")
                .hasFieldOrPropertyWithValue("code", "password.reused");
        assertUnchanged();
    }

    @Test
    void needsTheNewPasswordTwiceTheSame() {
        assertThatThrownBy(() -> changing.change(IVANOV, new ChangingOwnPassword.Command(CURRENT, "a brand new one", "a brand new 0ne")))
                .hasFieldOrPropertyWithValue("field", "repeatedPassword");
        assertUnchanged();
    }

    @Test
    void appliesThePolicy() {
        assertThatThrownBy(() -> changing.change(IVANOV, new ChangingOwnPassword.Command(CURRENT, "short", "short")))
                .hasFieldOrPropertyWithValue("code", "password.tooShort");
        assertUnchanged();
    }

    @Test
    void refusesANewPasswordBuiltOnTheUsername() {
        assertThatThrownBy(() -> changing.change(IVANOV, new ChangingOwnPassword.Command(CURRENT, "ivanov123456", "ivanov123456")))
                .hasFieldOrPropertyWithValue("field", "newPassword")
                .hasFieldOrPropertyWithValue("code", "password.context");
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(users.find(IVANOV).orElseThrow().passwordHash()).isEqualTo("hashed:" + CURRENT);
    }
}
