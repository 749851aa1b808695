package org.atelier.identity.department;

import java.util.List;

/** The departments a new installation starts with; admins add or deactivate departments afterwards. */
public final class DefaultDepartments {

    public static final DepartmentCode TOP_MANAGEMENT = new DepartmentCode("top-management");

    private DefaultDepartments() {
    }

    public static List<Department> all() {
        return List.of(
                department("sales", "Sales", "Отдел продаж"),
                department("marketing", "Marketing", "Маркетинг"),
                department("production", "Production", "Производство"),
                department("engineering", "Engineering", "Конструкторско-технологический отдел"),
                department("supply", "Supply", "Снабжение"),
                department("logistics", "Logistics", "Логистика"),
                department("quality", "Quality", "Служба качества"),
                department("finance", "Finance", "Финансовая служба"),
                department("hr", "Human resources", "Отдел кадров"),
                department("it", "IT", "ИТ-служба"),
                department("legal", "Legal", "Юридический отдел"),
                department(TOP_MANAGEMENT.value(), "Top management", "Высшее руководство"));
    }

    private static Department department(String code, String nameEn, String nameRu) {
        return Department.create(new DepartmentCode(code), nameEn, nameRu);
    }
}
