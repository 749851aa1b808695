package org.atelier.claims.meeting;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/** Top management plans the heads' meetings, takes attendance and decides every item there; heads and others read them. */
public final class MeetingPermissions {

    private MeetingPermissions() {
    }

    public static void checkMayRun(CurrentUser caller) {
        if (!caller.has(Role.MANAGEMENT)) {
            throw new NotAllowed("Only top management plans and runs the heads' meetings and decides there");
        }
    }

    public static boolean maySee(CurrentUser caller) {
        return caller.hasAny(Role.DEPARTMENT_HEAD, Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }
}
