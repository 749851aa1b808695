package org.atelier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryDirectoryTest {

    private final InMemoryDirectory directory = new InMemoryDirectory()
            .put(new DirectoryDepartment("sales", "Sales", "Продажи", true))
            .put(new DirectoryDepartment("logistics", "Logistics", "Логистика", true))
            .put(new DirectoryDepartment("exhibitions", "Exhibitions", "Выставки", false))
            .put(new DirectoryPerson("ann", "Ann", "sales", ManagementLevel.DIVISION_HEAD, Set.of("DEPARTMENT_HEAD"), true))
            .put(new DirectoryPerson("bob", "Bob", "sales", ManagementLevel.COMMERCIAL_STAFF, Set.of("EMPLOYEE"), true))
            .put(new DirectoryPerson("cat", "Cat", "sales", ManagementLevel.DIVISION_HEAD, Set.of("DEPARTMENT_HEAD"), false))
            .put(new DirectoryPerson("dan", "Dan", "logistics", ManagementLevel.COMMERCIAL_STAFF, Set.of("EMPLOYEE"), true));

    @Test
    void aClosedDepartmentIsKnownButNotInForce() {
        assertThat(directory.departmentsInForce()).extracting(DirectoryDepartment::code).containsExactly("logistics", "sales");
        assertThat(directory.allDepartments()).extracting(DirectoryDepartment::code)
                .containsExactly("exhibitions", "logistics", "sales");
        assertThat(directory.isInForce("exhibitions")).isFalse();
        assertThat(directory.isInForce("sales")).isTrue();
        assertThat(directory.isInForce("nowhere")).isFalse();
        assertThat(directory.department("exhibitions")).map(d -> d.name(Locale.forLanguageTag("ru"))).contains("Выставки");
    }

    @Test
    void onlyActiveHeadsOfTheDepartmentAreItsHeads() {
        assertThat(directory.headsOf("sales")).extracting(DirectoryPerson::username).containsExactly("ann");
        assertThat(directory.headsOf("logistics")).isEmpty();
    }

    @Test
    void headCountsCountActivePeopleByLevelAndDepartment() {
        assertThat(directory.headCounts()).isEqualTo(Map.of(
                ManagementLevel.DIVISION_HEAD, Map.of("sales", 1),
                ManagementLevel.COMMERCIAL_STAFF, Map.of("sales", 1, "logistics", 1)));
        assertThat(directory.activePeopleAt(ManagementLevel.COMMERCIAL_STAFF)).extracting(DirectoryPerson::username)
                .containsExactly("bob", "dan");
    }

    @Test
    void puttingAgainReplacesTheWholeState() {
        directory.put(new DirectoryPerson("bob", "Bob", "logistics", ManagementLevel.COMMERCIAL_STAFF, Set.of("EMPLOYEE"), true));
        assertThat(directory.activePeopleIn("logistics")).extracting(DirectoryPerson::username).containsExactly("bob", "dan");
    }
}
