package org.atelier.identity.department.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.atelier.identity.department.Department;

/** A department as the admin API shows it, as the directory publishes it. */
@Schema(name = "Department")
record DepartmentResponse(
        @Schema(description = "Stable code; tokens and records carry it, so it never changes", example = "logistics") String code,
        @Schema(example = "Logistics") String nameEn,
        @Schema(example = "Логистика") String nameRu,
        @Schema(description = "False once the department is closed: nobody can be assigned to it, old records still name it") boolean inForce) {

    static DepartmentResponse of(Department department) {
        return new DepartmentResponse(department.code().value(), department.nameEn(), department.nameRu(), department.isActive());
    }
}
