package org.atelier.identity.user.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;

/** A person's new department, level and roles, all three (the roles replace the old ones). */
@Schema(name = "ReassignPerson")
record ReassignPersonRequest(
        @Schema(description = "A department in force, or the person's present one even if it was closed since", example = "logistics")
        @NotBlank @Size(max = 40) String department,
        @NotNull ManagementLevel level,
        @NotEmpty Set<@NotNull Role> roles,
        @Schema(description = "The version you read; when given, a change made by someone else since is refused with 409 instead of "
                + "overwritten") @PositiveOrZero Long version) {
}
