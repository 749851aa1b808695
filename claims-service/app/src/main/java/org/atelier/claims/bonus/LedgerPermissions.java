package org.atelier.claims.bonus;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who sees which bonus account and who corrects the ledger (documented in docs/security.md). Top management, finance,
 * administrators and other systems see every account. A department head sees their own department's account and the
 * annual pool, which every department shares; another department's account and the company bonus fund are not theirs
 * to see. Only top management reverses a decision, as it alone decides.
 */
public final class LedgerPermissions {

    private LedgerPermissions() {
    }

    public static boolean maySeeEveryAccount(CurrentUser caller) {
        return caller.hasAny(Role.MANAGEMENT, Role.FINANCE, Role.ADMIN, Role.SYSTEM);
    }

    public static boolean maySee(CurrentUser caller, String account) {
        if (maySeeEveryAccount(caller)) {
            return true;
        }
        return caller.has(Role.DEPARTMENT_HEAD) && (Accounts.ANNUAL_POOL.equals(account) || caller.belongsTo(account));
    }

    /** A decision's postings, with the departments they name, are seen by whoever may see any of its accounts. */
    public static boolean maySee(CurrentUser caller, BonusDecision decision) {
        return maySeeEveryAccount(caller) || decision.entries().stream().anyMatch(e -> maySee(caller, e.account()));
    }

    public static void checkMayReverse(CurrentUser caller) {
        if (!caller.has(Role.MANAGEMENT)) {
            throw new NotAllowed("Only top management reverses a decision");
        }
    }
}
