package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.InMemoryDirectory;
import org.atelier.directory.ManagementLevel;
import org.junit.jupiter.api.Test;

class AssignmentPolicyTest {

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .put(new DirectoryPerson("anna", "Anna", "sales", ManagementLevel.COMMERCIAL_STAFF, Set.of("EMPLOYEE"), true))
            .put(new DirectoryPerson("gone", "Gone", "sales", ManagementLevel.COMMERCIAL_STAFF, Set.of("EMPLOYEE"), false))
            .put(new DirectoryPerson("zoe-head", "Zoe", "sales", ManagementLevel.DIVISION_HEAD, Set.of("DEPARTMENT_HEAD"), true))
            .put(new DirectoryPerson("boris-head", "Boris", "sales", ManagementLevel.DIVISION_HEAD, Set.of("DEPARTMENT_HEAD"), true));
    private final AssignmentPolicy policy = new AssignmentPolicy(directory);

    private static LostCustomer managedBy(String manager, String department) {
        return new LostCustomer("e", "c", "C", "KEY", LocalDate.of(2026, 1, 1), manager, department);
    }

    @Test
    void theAccountManagerGetsTheCase() {
        assertThat(policy.assign(managedBy("anna", "sales"))).isEqualTo(new Assignment("anna", "sales"));
    }

    @Test
    void whenTheManagerHasLeftTheManagingDepartmentsHeadGetsIt() {
        assertThat(policy.assign(managedBy("gone", "sales"))).isEqualTo(new Assignment("boris-head", "sales"));
    }

    @Test
    void withoutAManagerTheHeadGetsItAndWithoutEitherTheDepartmentKeepsIt() {
        assertThat(policy.assign(managedBy(null, "sales"))).isEqualTo(new Assignment("boris-head", "sales"));
        assertThat(policy.assign(managedBy(null, "logistics"))).isEqualTo(new Assignment(null, "logistics"));
        assertThat(policy.assign(managedBy(null, null))).isEqualTo(Assignment.NOBODY);
    }

    @Test
    void aManagerTheDirectoryDoesNotKnowYetKeepsTheCase() {
        assertThat(policy.assign(managedBy("newcomer", "sales"))).isEqualTo(new Assignment("newcomer", "sales"));
    }
}
