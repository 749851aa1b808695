package org.atelier.identity.department.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentAlreadyExists;
import org.atelier.identity.department.DepartmentCode;
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

        new DeactivatingDepartment(departments).deactivate(new DepartmentCode("legal"));
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
}
