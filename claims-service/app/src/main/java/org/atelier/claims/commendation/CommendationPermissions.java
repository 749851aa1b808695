package org.atelier.claims.commendation;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * A department head petitions for their own department to reward another one and may withdraw the petition before
 * the hearing; top management decides at the heads' meeting. Readers as for claims.
 */
public final class CommendationPermissions {

    private CommendationPermissions() {
    }

    public static void checkMayFile(CurrentUser caller, String petitioningDepartment) {
        if (!caller.has(Role.DEPARTMENT_HEAD) || !caller.belongsTo(petitioningDepartment)) {
            throw new NotAllowed("A department head petitions for their own department only");
        }
    }

    public static void checkMayWithdraw(CurrentUser caller, Commendation commendation) {
        if (!caller.has(Role.DEPARTMENT_HEAD) || !caller.belongsTo(commendation.petition().petitioningDepartment())) {
            throw new NotAllowed("Only the head of the petitioning department withdraws its petition");
        }
    }

    public static boolean maySee(CurrentUser caller) {
        return caller.hasAny(Role.DEPARTMENT_HEAD, Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }
}
