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
 *   <li>Another system (a machine token, role {@code SYSTEM}) follows campaigns — the list and each one's progress,
 *       counts only — but neither opens nor closes one (who is asked and until when is top management's decision) and
 *       never answers: a response speaks for a person, and no person is behind a machine token.</li>
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
            throw new NotAllowed(caller.isMachine() ? "Another system follows matrix campaigns but does not open or close them"
                    : "Only top management opens, closes and follows matrix campaigns");
        }
    }

    /** Reading the campaigns and their progress (counts by level and department): top management and other systems. */
    public static boolean mayFollow(CurrentUser caller) {
        return mayRun(caller) || caller.isMachine();
    }

    public static void checkMayFollow(CurrentUser caller) {
        if (!mayFollow(caller)) {
            throw new NotAllowed("Only top management opens, closes and follows matrix campaigns");
        }
    }

    /**
     * Refused for a machine before anything is looked up; a person is then let through only if the campaign invited
     * them ({@link MatrixCampaign#invitee}).
     */
    public static void checkMayAnswer(CurrentUser caller) {
        if (caller.isMachine()) {
            throw new NotAllowed("Another system does not answer the responsibility matrix: only the people a campaign invited do");
        }
    }
}
