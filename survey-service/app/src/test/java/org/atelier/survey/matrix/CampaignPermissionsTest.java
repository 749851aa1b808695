package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class CampaignPermissionsTest {

    private static final CurrentUser MACHINE = new CurrentUser("atelier-machine", "atelier-machine", null, null, Set.of(Role.SYSTEM));
    private static final CurrentUser TOP = new CurrentUser("ceo", "CEO", "top-management", "TOP_MANAGEMENT", Set.of(Role.MANAGEMENT));
    private static final CurrentUser STAFF = new CurrentUser("anna", "Anna", "sales", "COMMERCIAL_STAFF", Set.of(Role.EMPLOYEE));

    @Test
    void aMachineFollowsCampaignsButNeitherRunsNorAnswersThem() {
        assertThat(CampaignPermissions.mayFollow(MACHINE)).isTrue();
        assertThat(CampaignPermissions.mayRun(MACHINE)).isFalse();
        assertThatThrownBy(() -> CampaignPermissions.checkMayRun(MACHINE)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> CampaignPermissions.checkMayAnswer(MACHINE)).isInstanceOf(NotAllowed.class)
                .hasMessageContaining("only the people a campaign invited");
    }

    @Test
    void topManagementRunsAndFollowsAndAPersonMayTryToAnswer() {
        assertThat(CampaignPermissions.mayRun(TOP)).isTrue();
        assertThat(CampaignPermissions.mayFollow(TOP)).isTrue();
        assertThat(CampaignPermissions.mayFollow(STAFF)).isFalse();
        assertThatThrownBy(() -> CampaignPermissions.checkMayFollow(STAFF)).isInstanceOf(NotAllowed.class);
        // Whether the person was invited is the campaign's fact, checked after this.
        CampaignPermissions.checkMayAnswer(STAFF);
        CampaignPermissions.checkMayAnswer(TOP);
    }
}
