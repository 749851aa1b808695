package org.atelier.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.DepartmentCode;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");
    private static final Username ADMIN = Username.of("admin");

    @Test
    void anAdminCannotDeactivateThemself() {
        User admin = user("admin", EnumSet.of(Role.EMPLOYEE, Role.ADMIN));

        assertThatThrownBy(() -> admin.deactivate(ADMIN))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "user.deactivateSelf");
        assertThat(admin.isActive()).isTrue();
    }

    @Test
    void aDeactivatedUserCannotSignInUntilReactivated() {
        User user = user("ivanov", EnumSet.of(Role.EMPLOYEE));

        user.deactivate(ADMIN);
        assertThat(user.canSignIn()).isFalse();

        user.reactivate();
        assertThat(user.canSignIn()).isTrue();
    }

    @Test
    void aResetPasswordIsTemporaryUntilTheUserChangesIt() {
        User user = user("ivanov", EnumSet.of(Role.EMPLOYEE));

        user.resetPassword("hashed:temporary", NOW.plusSeconds(60));
        assertThat(user.hasTemporaryPassword()).isTrue();
        assertThat(user.passwordChangedAt()).isEqualTo(NOW.plusSeconds(60));

        user.changePassword("hashed:mine", NOW.plusSeconds(120));
        assertThat(user.hasTemporaryPassword()).isFalse();
        assertThat(user.passwordHash()).isEqualTo("hashed:mine");
    }

    @Test
    void needsAtLeastOneRole() {
        assertThatThrownBy(() -> user("ivanov", Set.of())).hasFieldOrPropertyWithValue("field", "roles");
        User user = user("ivanov", EnumSet.of(Role.EMPLOYEE));
        assertThatThrownBy(() -> user.assign(new DepartmentCode("sales"), ManagementLevel.OTHER_STAFF, Set.of()))
                .hasFieldOrPropertyWithValue("field", "roles");
    }

    @Test
    void theEmailIsOptionalButMustLookLikeOne() {
        assertThat(register("ivanov", "  ").email()).isEmpty();
        assertThat(register("ivanov", " ivanov@example.com ").email()).contains("ivanov@example.com");
        assertThatThrownBy(() -> register("ivanov", "ivanov at example")).hasFieldOrPropertyWithValue("field", "email");
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> User.register(Username.of("ivanov"), " ", null, new DepartmentCode("sales"),
                ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), "hash", false, NOW))
                .hasFieldOrPropertyWithValue("field", "displayName");
    }

    private static User user(String username, Set<Role> roles) {
        return User.register(Username.of(username), "Someone", null, new DepartmentCode("it"), ManagementLevel.OTHER_STAFF,
                roles, "hashed:initial", false, NOW);
    }

    private static User register(String username, String email) {
        return User.register(Username.of(username), "Someone", email, new DepartmentCode("it"), ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), "hashed:initial", false, NOW);
    }
}
