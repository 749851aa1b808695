package org.atelier.identity.department.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.atelier.identity.department.Department;

/** A new department; it is in force from the start. */
@Schema(name = "CreateDepartment")
record CreateDepartmentRequest(
        @Schema(description = "2 to 40 lower-case letters, digits or hyphens, starting with a letter; never changes", example = "after-sales")
        @NotBlank @Size(max = 40) String code,
        @Schema(example = "After-sales") @NotBlank @Size(max = Department.MAX_NAME_LENGTH) String nameEn,
        @Schema(example = "Сервис") @NotBlank @Size(max = Department.MAX_NAME_LENGTH) String nameRu) {
}
