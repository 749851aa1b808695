package org.atelier.identity.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PlainTextHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.UsernameTaken;
import org.junit.jupiter.api.Test;

class RegisteringUserTest {

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryDepartments departments = InMemoryDepartments.withDefaults();
    private final TestClock clock = TestClock.atSomeMorning();
    private final RegisteringUser registering = new RegisteringUser(users, departments, new PlainTextHasher(), clock);

    @Test
    void storesTheUserWithAHashedPassword() {
        User user = registering.register(command("Ivanov", "sales", "twelve chars"));

        User stored = users.find(Username.of("ivanov")).orElseThrow();
        assertThat(user.username().value()).isEqualTo("ivanov");
        assertThat(stored.passwordHash()).isEqualTo("hashed:twelve chars");
        assertThat(stored.department()).isEqualTo(new DepartmentCode("sales"));
        assertThat(stored.passwordChangedAt()).isEqualTo(clock.instant());
        assertThat(stored.hasTemporaryPassword()).isTrue();
        assertThat(stored.canSignIn()).isTrue();
    }

    @Test
    void refusesAPasswordThatIsTheUsernameOrTheName() {
        assertThatThrownBy(() -> registering.register(command("ivanov-petrov", "sales", "ivanov-petrov")))
                .hasFieldOrPropertyWithValue("field", "password")
                .hasFieldOrPropertyWithValue("code", "password.context");
        assertThatThrownBy(() -> registering.register(command("ipetrov", "sales", "IvanovIvanov")))
                .as("the name, Ivan Ivanov").hasFieldOrPropertyWithValue("code", "password.context");
        assertThat(users.isEmpty()).isTrue();
    }

    @Test
    void refusesAnUnknownDepartment() {
        assertThatThrownBy(() -> registering.register(command("ivanov", "astrology", "twelve chars")))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("field", "department")
                .hasFieldOrPropertyWithValue("code", "user.department.unknown");
        assertThat(users.isEmpty()).isTrue();
    }

    @Test
    void refusesADeactivatedDepartment() {
        new DeactivatingDepartment(departments, code -> 0).deactivate(new DepartmentCode("legal"));

        assertThatThrownBy(() -> registering.register(command("ivanov", "legal", "twelve chars")))
                .hasFieldOrPropertyWithValue("code", "user.department.inactive");
    }

    @Test
    void refusesATakenUsernameWhateverItsCapitals() {
        registering.register(command("ivanov", "sales", "twelve chars"));

        assertThatThrownBy(() -> registering.register(command("IVANOV", "it", "other twelve")))
                .isInstanceOf(UsernameTaken.class);
    }

    @Test
    void appliesThePasswordPolicy() {
        assertThatThrownBy(() -> registering.register(command("ivanov", "sales", "too short")))
                .hasFieldOrPropertyWithValue("field", "password")
                .hasFieldOrPropertyWithValue("code", "password.tooShort");
        assertThat(users.isEmpty()).isTrue();
    }

    @Test
    void refusesAMalformedUsername() {
        assertThatThrownBy(() -> registering.register(command("иванов", "sales", "twelve chars")))
                .hasFieldOrPropertyWithValue("field", "username");
    }

    private static RegisteringUser.Command command(String username, String department, String password) {
        return new RegisteringUser.Command(username, "Ivan Ivanov", null, department, ManagementLevel.COMMERCIAL_STAFF,
                EnumSet.of(Role.EMPLOYEE), password, true);
    }
}
