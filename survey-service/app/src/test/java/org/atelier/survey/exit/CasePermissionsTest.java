package org.atelier.survey.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class CasePermissionsTest {

    private static final CurrentUser MACHINE = new CurrentUser("atelier-machine", "atelier-machine", null, null, Set.of(Role.SYSTEM));

    private static ExitInterview caseOf(String assignee) {
        return ExitInterview.open(new LostCustomer("loss-1", "c-1", "Northwind Trading", "KEY", ExitInterviewTest.LOST_ON, assignee, "sales"),
                new Assignment(assignee, "sales"), CasePolicy.DEFAULT, ExitInterviewTest.NOW);
    }

    @Test
    void aMachineReadsEveryCaseAndTheExitRoundsButWorksNone() {
        ExitInterview exitInterview = caseOf("anna");

        assertThat(CasePermissions.mayRead(MACHINE, exitInterview)).isTrue();
        CasePermissions.checkMayReadExitRounds(MACHINE);
        assertThat(CasePermissions.mayWork(MACHINE, exitInterview)).isFalse();
        assertThatThrownBy(() -> CasePermissions.checkMayWork(MACHINE, exitInterview)).isInstanceOf(NotAllowed.class)
                .hasMessageContaining("does not work them");
    }

    @Test
    void aMachineWorksNoCaseEvenOneAssignedToItsOwnName() {
        assertThat(CasePermissions.mayWork(MACHINE, caseOf("atelier-machine"))).isFalse();
    }

    @Test
    void aMachineHasNoWorklistWhileEveryPersonHasOne() {
        assertThatThrownBy(() -> CasePermissions.checkMayHaveWorklist(MACHINE)).isInstanceOf(NotAllowed.class)
                .hasMessageContaining("/api/exit-rounds/");
        CasePermissions.checkMayHaveWorklist(new CurrentUser("anna", "Anna", "sales", "COMMERCIAL_STAFF", Set.of(Role.EMPLOYEE)));
    }
}
