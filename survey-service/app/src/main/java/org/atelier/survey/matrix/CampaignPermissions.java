package org.atelier.survey.matrix;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may do what with matrix campaigns; the one place these rules live.
 *
 * <ul>
 *   <li>Top management opens and closes campaigns and sees their progress (counts by level and department only).</li>
 *   <li>A person invited at the opening reads their form, keeps a draft and submits, once; being invited is the
 *       campaign's own fact ({@link MatrixCampaign#invitee}), so a role does not make anybody a respondent.</li>
 *   <li>Nobody, management included, reads a response by person: no read path knows who answered what.</li>
 * </ul>
 */
public final class CampaignPermissions {

    private CampaignPermissions() {
    }

    public static boolean mayRun(CurrentUser caller) {
        return caller.has(Role.MANAGEMENT);
    }

    public static void checkMayRun(CurrentUser caller) {
        if (!mayRun(caller)) {
            throw new NotAllowed("Only top management opens, closes and follows matrix campaigns");
        }
    }
}
