package org.atelier.survey.exit;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may do what with exit-interview cases; the one place these rules live.
 *
 * <ul>
 *   <li>A case is worked by its assignee, or by a head of the assignee's department (who covers for them).</li>
 *   <li>Those who may work a case may read it; top management and administrators read every case and the exit rounds.</li>
 *   <li>Another system (a machine token, role {@code SYSTEM}) reads every case, its links and the exit rounds, as
 *       reporting or a BI tool needs; it works no case — logging an attempt, recording an interview, issuing or
 *       revoking a link — because each of those is a person's contact with the former customer, recorded with who
 *       made it; and it has no worklist, having no cases of its own (it reads the exit round instead).</li>
 *   <li>Anybody else is refused (403). A case id is derived from an event id nobody outside the services sees, so the
 *       refusal tells a stranger nothing they could have guessed.</li>
 * </ul>
 */
public final class CasePermissions {

    private CasePermissions() {
    }

    public static boolean mayWork(CurrentUser caller, ExitInterview exitInterview) {
        if (caller.isMachine()) {
            return false;
        }
        Assignment assignment = exitInterview.assignment();
        if (assignment.assignee() != null && assignment.assignee().equals(caller.username())) {
            return true;
        }
        return caller.has(Role.DEPARTMENT_HEAD) && assignment.department() != null && caller.belongsTo(assignment.department());
    }

    public static boolean mayRead(CurrentUser caller, ExitInterview exitInterview) {
        return mayWork(caller, exitInterview) || mayReadAll(caller);
    }

    public static boolean mayReadAll(CurrentUser caller) {
        return caller.hasAny(Role.MANAGEMENT, Role.ADMIN, Role.SYSTEM);
    }

    /** A person's worklist is the cases assigned to them; a machine has none, so it is told where to read instead. */
    public static void checkMayHaveWorklist(CurrentUser caller) {
        if (caller.isMachine()) {
            throw new NotAllowed("Another system has no worklist of its own: read every case of a year at /api/exit-rounds/{year}");
        }
    }

    public static void checkMayRead(CurrentUser caller, ExitInterview exitInterview) {
        if (!mayRead(caller, exitInterview)) {
            throw new NotAllowed("Only the case's assignee, a head of their department and top management read an exit-interview case");
        }
    }

    public static void checkMayWork(CurrentUser caller, ExitInterview exitInterview) {
        if (!mayWork(caller, exitInterview)) {
            throw new NotAllowed(caller.isMachine() ? "Another system reads exit-interview cases but does not work them: a contact with the "
                    + "former customer is a person's, recorded with who made it"
                    : "Only the case's assignee or a head of their department works an exit-interview case");
        }
    }

    public static void checkMayReadExitRounds(CurrentUser caller) {
        if (!mayReadAll(caller)) {
            throw new NotAllowed("The exit round is top management's view (and other systems')");
        }
    }
}
