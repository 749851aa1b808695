package org.atelier.identity.user.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.PasswordPolicy;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;

/** A new person, active from the start; whether they are active, their version and their password's state are the server's. */
@Schema(name = "CreatePerson")
record CreatePersonRequest(
        @Schema(description = "2 to 40 Latin letters, digits, dots, hyphens or underscores, starting with a letter; stored in lower case",
                example = "olga.sales") @NotBlank @Size(max = 40) String username,
        @Schema(example = "Olga Petrova") @NotBlank @Size(max = User.MAX_DISPLAY_NAME_LENGTH) String displayName,
        @Schema(example = "olga@example.com") @Size(max = 254) String email,
        @Schema(description = "The code of a department in force", example = "sales") @NotBlank @Size(max = 40) String department,
        @NotNull ManagementLevel level,
        @NotEmpty Set<@NotNull Role> roles,
        @Schema(description = "A temporary password to hand to the person, who must change it at the first sign-in (it expires "
                + "after the configured time). Left out: a random one nobody knows, and an administrator resets it when the person "
                + "is to sign in. Never shown back", format = "password", writeOnly = true)
        @Size(max = PasswordPolicy.MAX_LENGTH * 2) String initialPassword) {
}
