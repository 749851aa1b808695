package org.atelier.reporting.dashboard;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may open a department's scorecard (docs/security.md): top management, finance and administrators any
 * department's; a department head their own department's only, since a scorecard is how colleagues and customers see
 * that department, not a league table of the others.
 */
public final class ScorecardPermissions {

    private ScorecardPermissions() {
    }

    public static boolean mayReadAny(CurrentUser caller) {
        return caller.hasAny(Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }

    public static void checkMayRead(CurrentUser caller, String department) {
        if (mayReadAny(caller)) {
            return;
        }
        if (caller.has(Role.DEPARTMENT_HEAD) && caller.belongsTo(department)) {
            return;
        }
        throw new NotAllowed("A department head opens the scorecard of their own department only");
    }
}
