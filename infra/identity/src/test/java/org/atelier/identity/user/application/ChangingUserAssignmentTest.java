package org.atelier.identity.user.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.atelier.identity.TestClock;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.InMemoryDepartments;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.InMemoryUsers;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PlainTextHasher;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangingUserAssignmentTest {

    private static final Username IVANOV = Username.of("ivanov");
    private static final Username ADMIN = Username.of("admin");

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryDepartments departments = InMemoryDepartments.withDefaults();
    private final ChangingUserAssignment assigning = new ChangingUserAssignment(users, departments);

    @BeforeEach
    void anEmployeeOfSalesAndAnAdmin() {
        RegisteringUser registering = new RegisteringUser(users, departments, new PlainTextHasher(), TestClock.atSomeMorning());
        registering.register(new RegisteringUser.Command("ivanov", "Ivan Ivanov", null, "sales", ManagementLevel.COMMERCIAL_STAFF,
                EnumSet.of(Role.EMPLOYEE), "twelve chars", false));
        registering.register(new RegisteringUser.Command("admin", "Administrator", null, "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE, Role.ADMIN), "twelve chars", false));
    }

    @Test
    void nobodyTakesTheAdminRoleFromTheLastActiveAdminButAnotherAdminMayLoseIt() {
        long adminVersion = users.find(ADMIN).orElseThrow().version();

        assertThatThrownBy(() -> assigning.change(null, new ChangingUserAssignment.Command("admin", "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), adminVersion)))
                .hasFieldOrPropertyWithValue("field", "roles")
                .hasFieldOrPropertyWithValue("code", "user.lastAdmin.role");
        assertThat(users.find(ADMIN).orElseThrow().roles()).contains(Role.ADMIN);

        assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE, Role.ADMIN), version()));
        assigning.change(null, new ChangingUserAssignment.Command("admin", "it", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE),
                adminVersion));
        assertThat(users.find(ADMIN).orElseThrow().roles()).as("with another active admin").containsExactly(Role.EMPLOYEE);
    }

    @Test
    void theSameAssignmentAgainIsNoChange() {
        User user = users.find(IVANOV).orElseThrow();

        user.assign(user.department(), user.level(), user.roles());

        assertThat(user.newChanges()).isEmpty();
        user.assign(user.department(), ManagementLevel.DIVISION_HEAD, user.roles());
        assertThat(user.newChanges()).containsExactly(User.Change.ASSIGNMENT_CHANGED);
    }

    @Test
    void makesSomeoneHeadOfAnotherDepartment() {
        assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "logistics", ManagementLevel.DIVISION_HEAD,
                EnumSet.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD), version()));

        User user = users.find(IVANOV).orElseThrow();
        assertThat(user.department()).isEqualTo(new DepartmentCode("logistics"));
        assertThat(user.level()).isEqualTo(ManagementLevel.DIVISION_HEAD);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.DEPARTMENT_HEAD);
    }

    @Test
    void refusesAChangeMadeOnAnOutdatedPage() {
        long seen = version();
        assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), seen));

        assertThatThrownBy(() -> assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.ADMIN), seen))).isInstanceOf(ConcurrentChange.class);
        assertThat(users.find(IVANOV).orElseThrow().roles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void nobodyMovesIntoADeactivatedDepartmentButMembersMayStay() {
        // Closed while ivanov was deactivated, say, and he was reactivated since: he stays where he is.

        new DeactivatingDepartment(departments, code -> 0).deactivate(new DepartmentCode("sales"));

        assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "sales", ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), version()));
        assertThat(users.find(IVANOV).orElseThrow().level()).isEqualTo(ManagementLevel.OTHER_STAFF);

        new DeactivatingDepartment(departments, code -> 0).deactivate(new DepartmentCode("legal"));
        assertThatThrownBy(() -> assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "legal", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE), version()))).hasFieldOrPropertyWithValue("code", "user.department.inactive");
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemself() {
        assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "it", ManagementLevel.OTHER_STAFF,
                EnumSet.of(Role.EMPLOYEE, Role.ADMIN), version()));

        assertThatThrownBy(() -> assigning.change(IVANOV, new ChangingUserAssignment.Command("ivanov", "it",
                ManagementLevel.OTHER_STAFF, EnumSet.of(Role.EMPLOYEE), version())))
                .hasFieldOrPropertyWithValue("code", "user.removeOwnAdmin");
        assertThat(users.find(IVANOV).orElseThrow().roles()).contains(Role.ADMIN);

        assigning.change(IVANOV, new ChangingUserAssignment.Command("ivanov", "it", ManagementLevel.DIVISION_HEAD,
                EnumSet.of(Role.EMPLOYEE, Role.ADMIN), version()));
        assigning.change(ADMIN, new ChangingUserAssignment.Command("ivanov", "it", ManagementLevel.DIVISION_HEAD,
                EnumSet.of(Role.EMPLOYEE), version()));
        assertThat(users.find(IVANOV).orElseThrow().roles()).as("another admin may").containsExactly(Role.EMPLOYEE);
    }

    private long version() {
        return users.find(IVANOV).orElseThrow().version();
    }
}
