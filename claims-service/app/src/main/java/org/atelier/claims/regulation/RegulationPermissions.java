package org.atelier.claims.regulation;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/** Top management and administrators maintain the regulations catalogue; everyone signed in reads it. */
public final class RegulationPermissions {

    private RegulationPermissions() {
    }

    public static void checkMayPublish(CurrentUser caller) {
        if (!caller.hasAny(Role.MANAGEMENT, Role.ADMIN)) {
            throw new NotAllowed("Only top management and administrators maintain the regulations");
        }
    }
}
