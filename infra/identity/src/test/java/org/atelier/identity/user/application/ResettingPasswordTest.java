package org.atelier.identity.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PasswordPolicy;
import org.atelier.identity.user.PlainTextHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.Test;

class ResettingPasswordTest {

    @Test
    void givesATemporaryPasswordThatFitsThePolicyAndIsStoredOnlyHashed() {
        InMemoryUsers users = new InMemoryUsers();
        PlainTextHasher hasher = new PlainTextHasher();
        new RegisteringUser(users, InMemoryDepartments.withDefaults(), hasher, TestClock.atSomeMorning()).register(
                new RegisteringUser.Command("ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.OTHER_STAFF,
                        EnumSet.of(Role.EMPLOYEE), "forgotten one", false));

        String temporary = new ResettingPassword(users, hasher, TestClock.atSomeMorning()).reset(Username.of("ivanov"));

        User user = users.find(Username.of("ivanov")).orElseThrow();
        PasswordPolicy.check("password", temporary);
        assertThat(hasher.matches(temporary, user.passwordHash())).isTrue();
        assertThat(user.hasTemporaryPassword()).isTrue();
    }
}
