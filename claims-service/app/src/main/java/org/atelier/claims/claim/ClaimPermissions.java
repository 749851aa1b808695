package org.atelier.claims.claim;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may do what with claims (documented in docs/security.md): a department head files for their own department
 * against another, withdraws it before the hearing, and as the respondent's head states their department's
 * position; top management schedules and decides them at the heads' meeting. The hearing is public among the
 * heads, so every head, management, finance, administrators and other systems may read claims; other staff may not.
 */
public final class ClaimPermissions {

    private ClaimPermissions() {
    }

    public static void checkMayFile(CurrentUser caller, String claimantDepartment) {
        if (!caller.has(Role.DEPARTMENT_HEAD)) {
            throw new NotAllowed("Only a department head files a claim");
        }
        if (!caller.belongsTo(claimantDepartment)) {
            throw new NotAllowed("A department head files claims for their own department only");
        }
    }

    public static void checkMayStatePosition(CurrentUser caller, Claim claim) {
        if (!caller.has(Role.DEPARTMENT_HEAD) || !caller.belongsTo(claim.statement().respondentDepartment())) {
            throw new NotAllowed("Only the head of the respondent department states its position");
        }
    }

    public static void checkMayWithdraw(CurrentUser caller, Claim claim) {
        if (!caller.has(Role.DEPARTMENT_HEAD) || !caller.belongsTo(claim.statement().claimantDepartment())) {
            throw new NotAllowed("Only the head of the claimant department withdraws its claim");
        }
    }

    /** Scheduling on a meeting's agenda and deciding at the hearing are top management's. */
    public static void checkMayHearAndDecide(CurrentUser caller) {
        if (!caller.has(Role.MANAGEMENT)) {
            throw new NotAllowed("Only top management schedules and decides claims");
        }
    }

    public static boolean maySee(CurrentUser caller) {
        return caller.hasAny(Role.DEPARTMENT_HEAD, Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }
}
