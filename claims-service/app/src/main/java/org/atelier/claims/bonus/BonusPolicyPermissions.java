package org.atelier.claims.bonus;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/** The year's bonus policy is set by top management or finance; heads, management, finance and admins read it. */
public final class BonusPolicyPermissions {

    private BonusPolicyPermissions() {
    }

    public static void checkMaySet(CurrentUser caller) {
        if (!caller.hasAny(Role.MANAGEMENT, Role.FINANCE)) {
            throw new NotAllowed("Only top management or finance sets the bonus policy");
        }
    }

    public static boolean maySee(CurrentUser caller) {
        return caller.hasAny(Role.DEPARTMENT_HEAD, Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }
}
