package org.atelier.identity.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class DeactivatingUserTest {

    private static final Username ADMIN = Username.of("admin");
    private static final Username IVANOV = Username.of("ivanov");

    private final InMemoryUsers users = new InMemoryUsers();
    private final DeactivatingUser deactivating = new DeactivatingUser(users);

    @BeforeEach
    void anAdminAndAnEmployee() {
        RegisteringUser registering = new RegisteringUser(users, InMemoryDepartments.withDefaults(), new PlainTextHasher(),
                TestClock.atSomeMorning());
        registering.register(new RegisteringUser.Command("admin", "Admin", null, "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE, Role.ADMIN), "twelve chars", false));
        registering.register(new RegisteringUser.Command("ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), "twelve chars", false));
    }

    @Test
    void anAdminDeactivatesSomeoneElse() {
        deactivating.deactivate(ADMIN, IVANOV);

        assertThat(users.find(IVANOV).orElseThrow().canSignIn()).isFalse();
    }

    @Test
    void butNotThemself() {
        assertThatThrownBy(() -> deactivating.deactivate(ADMIN, ADMIN)).hasFieldOrPropertyWithValue("code", "user.deactivateSelf");

        assertThat(users.find(ADMIN).orElseThrow().canSignIn()).isTrue();
    }

    @Test
    void theLastActiveAdminIsNotDeactivatedByAnyone() {
        assertThatThrownBy(() -> deactivating.deactivate(null, ADMIN))
                .hasFieldOrPropertyWithValue("field", "active")
                .hasFieldOrPropertyWithValue("code", "user.lastAdmin.deactivate");
        assertThat(users.find(ADMIN).orElseThrow().isActive()).isTrue();

        new ChangingUserAssignment(users, InMemoryDepartments.withDefaults()).change(ADMIN, new ChangingUserAssignment.Command("ivanov",
                "it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE, Role.ADMIN), users.find(IVANOV).orElseThrow().version()));
        deactivating.deactivate(IVANOV, ADMIN);
        assertThat(users.find(ADMIN).orElseThrow().isActive()).as("another admin is active").isFalse();
        assertThatThrownBy(() -> deactivating.deactivate(null, IVANOV)).hasFieldOrPropertyWithValue("code", "user.lastAdmin.deactivate");
    }

    @Test
    void deactivatingAndReactivatingTwiceRecordsOneChangeEach() {
        deactivating.deactivate(ADMIN, IVANOV);
        User again = users.find(IVANOV).orElseThrow();
        again.deactivate(ADMIN);
        assertThat(again.newChanges()).isEmpty();

        again.reactivate();
        again.reactivate();
        assertThat(again.newChanges()).containsExactly(User.Change.REACTIVATED);
    }

    @Test
    void reactivatingRestoresAccess() {
        deactivating.deactivate(ADMIN, IVANOV);
        new ReactivatingUser(users).reactivate(IVANOV);

        assertThat(users.find(IVANOV).orElseThrow().canSignIn()).isTrue();
    }
}
