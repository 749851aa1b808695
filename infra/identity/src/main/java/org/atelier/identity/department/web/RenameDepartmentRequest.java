package org.atelier.identity.department.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.atelier.identity.department.Department;

/** A department's new names; the code stays. */
@Schema(name = "RenameDepartment")
record RenameDepartmentRequest(
        @Schema(example = "Customer service") @NotBlank @Size(max = Department.MAX_NAME_LENGTH) String nameEn,
        @Schema(example = "Сервисная служба") @NotBlank @Size(max = Department.MAX_NAME_LENGTH) String nameRu) {
}
