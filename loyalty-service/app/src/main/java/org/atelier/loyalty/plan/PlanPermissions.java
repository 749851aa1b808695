package org.atelier.loyalty.plan;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Plans and results are finance's (documented in docs/security.md): finance sets and records them, and
 * with top management reads them; administrators and other systems too.
 */
public final class PlanPermissions {

    private PlanPermissions() {
    }

    public static boolean mayRecord(CurrentUser caller) {
        return caller.hasAny(Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }

    public static void checkMayRecord(CurrentUser caller) {
        if (!mayRecord(caller)) {
            throw new NotAllowed("Only finance sets plans and records results");
        }
    }

    /** Others get 404, not 403: the figures are not theirs to know of. */
    public static boolean maySee(CurrentUser caller) {
        return caller.hasAny(Role.FINANCE, Role.MANAGEMENT, Role.ADMIN, Role.SYSTEM);
    }
}
