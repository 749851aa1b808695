package org.atelier.identity.user.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;

/** A person as the admin API shows them: never their password, nor anything about it. */
@Schema(name = "Person")
record PersonResponse(
        @Schema(description = "What they sign in with, the sub of their tokens; never changes", example = "olga.sales") String username,
        @Schema(example = "Olga Petrova") String displayName,
        @Schema(description = "null when none is known", example = "olga@example.com") String email,
        @Schema(example = "sales") String department,
        ManagementLevel level,
        List<Role> roles,
        @Schema(description = "False while deactivated: they can neither sign in nor get tokens") boolean active,
        @Schema(description = "The version of what you see: send it back with a reassignment so that nobody else's change in between "
                + "is overwritten") long version) {

    static PersonResponse of(User user) {
        return new PersonResponse(user.username().value(), user.displayName(), user.email().orElse(null), user.department().value(),
                user.level(), List.copyOf(user.roles()), user.isActive(), user.version());
    }
}
