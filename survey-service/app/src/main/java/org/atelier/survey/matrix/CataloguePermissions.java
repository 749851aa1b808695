package org.atelier.survey.matrix;

import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;

/**
 * Who may change the task catalogue: admins. The catalogue is the survey's configuration, not a finding; a change
 * reaches only campaigns opened afterwards.
 */
public final class CataloguePermissions {

    private CataloguePermissions() {
    }

    public static boolean mayEdit(CurrentUser caller) {
        return caller.has(Role.ADMIN);
    }

    public static void checkMayEdit(CurrentUser caller) {
        if (!mayEdit(caller)) {
            throw new NotAllowed("Only admins edit the matrix's task catalogue");
        }
    }
}
