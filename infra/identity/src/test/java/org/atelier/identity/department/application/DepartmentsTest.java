package org.atelier.identity.department.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentAlreadyExists;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentHasActiveMembers;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.InMemoryDepartments;
import org.junit.jupiter.api.Test;

class DepartmentsTest {

    private final InMemoryDepartments departments = new InMemoryDepartments();

    @Test
    void aNewInstallationGetsTheDefaultDepartmentsOnce() {
        SeedingDepartments seeding = new SeedingDepartments(departments);

        assertThat(seeding.seedIfEmpty()).isTrue();
        assertThat(departments.list()).extracting(department -> department.code().value()).containsExactlyInAnyOrder(
                "sales", "marketing", "production", "engineering", "supply", "logistics", "quality", "finance", "hr", "it",
                "legal", "top-management");
        assertThat(departments.list()).allSatisfy(department -> {
            assertThat(department.nameEn()).isNotBlank();
            assertThat(department.nameRu()).isNotBlank();
        });

        new DeactivatingDepartment(departments, code -> 0).deactivate(new DepartmentCode("legal"));
        assertThat(seeding.seedIfEmpty()).isFalse();
        assertThat(departments.find(new DepartmentCode("legal")).orElseThrow().isActive()).isFalse();
    }

    @Test
    void createsADepartmentNamedInBothLanguages() {
        Department created = new CreatingDepartment(departments).create(new CreatingDepartment.Command(" After-Sales ", "After-sales", "Сервис"));

        assertThat(created.code().value()).isEqualTo("after-sales");
        assertThat(created.name(Locale.forLanguageTag("ru-RU"))).isEqualTo("Сервис");
        assertThat(created.name(Locale.GERMAN)).isEqualTo("After-sales");
    }

    @Test
    void refusesATakenCodeOrAMissingName() {
        CreatingDepartment creating = new CreatingDepartment(departments);
        creating.create(new CreatingDepartment.Command("sales", "Sales", "Продажи"));

        assertThatThrownBy(() -> creating.create(new CreatingDepartment.Command("sales", "Sales 2", "Продажи 2")))
                .isInstanceOf(DepartmentAlreadyExists.class);
        assertThatThrownBy(() -> creating.create(new CreatingDepartment.Command("retail", "Retail", " ")))
                .hasFieldOrPropertyWithValue("field", "nameRu");
    }

    @Test
    void aDepartmentWithActivePeopleIsNotClosedAndAClosedOneIsClosedOnce() {
        Department sales = new CreatingDepartment(departments).create(new CreatingDepartment.Command("sales", "Sales", "Продажи"));

        assertThatThrownBy(() -> new DeactivatingDepartment(departments, code -> 2).deactivate(sales.code()))
                .isInstanceOf(DepartmentHasActiveMembers.class)
                .hasMessageContaining("active people")
                .hasFieldOrPropertyWithValue("code", "department.close.hasMembers");
        assertThat(departments.find(sales.code()).orElseThrow().isActive()).isTrue();

        Department closed = new DeactivatingDepartment(departments, code -> 0).deactivate(sales.code());
        assertThat(closed.newChanges()).containsExactly(Department.Change.CLOSED);
        assertThat(new DeactivatingDepartment(departments, code -> 0).deactivate(sales.code()).newChanges()).as("closed already").isEmpty();
    }

    @Test
    void renamingKeepsTheCodeAndTheSameNamesAreNoChange() {
        new CreatingDepartment(departments).create(new CreatingDepartment.Command("after-sales", "After-sales", "Сервис"));
        RenamingDepartment renaming = new RenamingDepartment(departments);

        Department renamed = renaming.rename(new RenamingDepartment.Command("After-Sales", " Customer service ", "Сервисная служба"));

        assertThat(renamed.code().value()).isEqualTo("after-sales");
        assertThat(renamed.newChanges()).containsExactly(Department.Change.RENAMED);
        assertThat(departments.find(renamed.code()).orElseThrow().nameEn()).isEqualTo("Customer service");
        assertThat(renaming.rename(new RenamingDepartment.Command("after-sales", "Customer service", "Сервисная служба")).newChanges())
                .isEmpty();
        assertThatThrownBy(() -> renaming.rename(new RenamingDepartment.Command("after-sales", "Customer service", "")))
                .hasFieldOrPropertyWithValue("field", "nameRu");
        assertThatThrownBy(() -> renaming.rename(new RenamingDepartment.Command("nowhere", "A", "Б"))).isInstanceOf(DepartmentNotFound.class);
    }
}
