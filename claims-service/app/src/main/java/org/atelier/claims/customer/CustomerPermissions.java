package org.atelier.claims.customer;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may look customers up in claims' replica (docs/security.md): those who file or read claims — department heads,
 * management, finance, administrators and other systems. Other staff may not: the list of customers is loyalty's to
 * show them.
 */
public final class CustomerPermissions {

    private CustomerPermissions() {
    }

    public static void checkMayLookUp(CurrentUser caller) {
        if (!caller.hasAny(Role.DEPARTMENT_HEAD, Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM)) {
            throw new NotAllowed("Only those who file or read claims look customers up");
        }
    }
}
