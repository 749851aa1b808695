package org.atelier.reporting.churn;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may read the management reports (documented in docs/security.md): top management, finance, every
 * department head (each is accountable for the figures), administrators and other systems.
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    public static void checkMayReadReports(CurrentUser caller) {
        if (!caller.hasAny(Role.MANAGEMENT, Role.FINANCE, Role.DEPARTMENT_HEAD, Role.ADMIN, Role.SYSTEM)) {
            throw new NotAllowed("The reports are for management, finance and department heads");
        }
    }
}
