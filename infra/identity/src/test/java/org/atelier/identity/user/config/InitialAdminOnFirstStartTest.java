package org.atelier.identity.user.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PlainTextHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.RegisteringUser;
import org.junit.jupiter.api.Test;

class InitialAdminOnFirstStartTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final RegisteringUser registering = new RegisteringUser(users, InMemoryDepartments.withDefaults(),
            new PlainTextHasher(), TestClock.atSomeMorning());

    @Test
    void createsAnAdminWithATemporaryPasswordWhenConfiguredAndThereAreNoUsers() {
        new InitialAdminOnFirstStart(users, registering, "a configured password").run(null);

        assertThat(users.find(Username.of("admin"))).hasValueSatisfying(admin -> {
            assertThat(admin.hasRole(Role.ADMIN)).isTrue();
            assertThat(admin.hasTemporaryPassword()).isTrue();
            assertThat(admin.passwordHash()).isEqualTo("hashed:a configured password");
        });
    }

    @Test
    void doesNothingWithoutAPasswordOrOnceThereAreUsers() {
        new InitialAdminOnFirstStart(users, registering, "").run(null);
        assertThat(users.isEmpty()).isTrue();

        registering.register(new RegisteringUser.Command("ivanov", "Ivan Ivanov", null, "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), "twelve chars", false));
        new InitialAdminOnFirstStart(users, registering, "a configured password").run(null);
        assertThat(users.find(Username.of("admin"))).isEmpty();
    }
}
