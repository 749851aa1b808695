package org.atelier.loyalty.programme;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * The programme is marketing's (documented in docs/security.md): marketing's employees and head revise it,
 * as do administrators and other systems; everyone signed in may read it, since every department serves
 * the customers it rewards.
 */
public final class ProgrammePermissions {

    private ProgrammePermissions() {
    }

    public static boolean mayRevise(CurrentUser caller) {
        if (caller.hasAny(Role.ADMIN, Role.SYSTEM)) {
            return true;
        }
        return "marketing".equals(caller.department()) && caller.hasAny(Role.EMPLOYEE, Role.DEPARTMENT_HEAD);
    }

    public static void checkMayRevise(CurrentUser caller) {
        if (!mayRevise(caller)) {
            throw new NotAllowed("Only marketing revises the loyalty programme");
        }
    }
}
