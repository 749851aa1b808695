package org.atelier.reporting.access;

import java.util.Optional;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may read the management reports (documented in docs/security.md): top management, finance, every
 * department head (each is accountable for the figures), administrators and other systems. A department head reads the
 * company-wide figures and, of the per-department rows, only their own department's ({@link #ownDepartmentOnly}).
 */
public final class ReportPermissions {

    private ReportPermissions() {
    }

    /**
     * The one department whose rows a report's per-department sections may show this caller, or empty when it may show
     * every department's: a department head sees their own (by the department in their token, from the directory);
     * management, finance, administrators and other systems see all, also when they head a department. A head without
     * a department sees no department's rows.
     */
    public static Optional<String> ownDepartmentOnly(CurrentUser caller) {
        if (caller.hasAny(Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM) || !caller.has(Role.DEPARTMENT_HEAD)) {
            return Optional.empty();
        }
        return Optional.of(caller.department() == null ? "" : caller.department());
    }

    public static void checkMayReadReports(CurrentUser caller) {
        if (!caller.hasAny(Role.MANAGEMENT, Role.FINANCE, Role.DEPARTMENT_HEAD, Role.ADMIN, Role.SYSTEM)) {
            throw new NotAllowed("The reports are for management, finance and department heads");
        }
    }

    /**
     * A report or list narrowed to a department: any for those who see every department's rows, the head's own for a
     * department head.
     *
     * @throws NotTheirDepartment when a head asks for another department
     */
    public static void checkMayNarrowTo(CurrentUser caller, Optional<String> department) {
        ownDepartmentOnly(caller).ifPresent(own -> department.filter(asked -> !asked.equals(own)).ifPresent(asked -> {
            throw new NotTheirDepartment("A department head narrows the reports to their own department only");
        }));
    }
}
