package org.atelier.survey.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.atelier.directory.ManagementLevel;
import org.atelier.survey.common.RuleViolation;
import org.junit.jupiter.api.Test;

class MatrixCampaignTest {

    static final RespondentKeys KEYS = new RespondentKeys("a-test-secret-that-is-long-enough-for-hmac");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final CampaignCatalogue CATALOGUE = new CampaignCatalogue(TaskCatalogue.defaultTasks(), List.of(
            new CampaignCatalogue.MatrixDepartment("sales", "Sales", "Продажи"),
            new CampaignCatalogue.MatrixDepartment("logistics", "Logistics", "Логистика"),
            new CampaignCatalogue.MatrixDepartment("production", "Production", "Производство")));

    static final List<Respondent> PEOPLE = List.of(
            new Respondent("anna", ManagementLevel.TOP_MANAGEMENT, "sales"),
            new Respondent("boris", ManagementLevel.DIVISION_HEAD, "logistics"),
            new Respondent("vera", ManagementLevel.COMMERCIAL_STAFF, "sales"),
            new Respondent("gleb", ManagementLevel.OTHER_STAFF, "sales"),
            new Respondent("dina", ManagementLevel.COMMERCIAL_STAFF, "production"));

    static MatrixCampaign openForSalesAndLogistics() {
        return MatrixCampaign.open("c1", "Spring 2026", TODAY.plusDays(14), CATALOGUE, List.of("sales", "logistics"), PEOPLE, KEYS, TODAY, NOW);
    }

    static String key(String username) {
        return KEYS.keyOf("c1", username);
    }

    static Matrix answers(Map<String, Map<String, Mark>> cells) {
        return Matrix.of(cells, CATALOGUE);
    }

    @Test
    void theInvitationIsFrozenAtTheOpeningWithEachRespondentsLevelAndDepartment() {
        MatrixCampaign campaign = openForSalesAndLogistics();

        assertThat(campaign.invitee(key("anna"))).contains(new Invitee(ManagementLevel.TOP_MANAGEMENT, "sales"));
        assertThat(campaign.invitee(key("boris"))).contains(new Invitee(ManagementLevel.DIVISION_HEAD, "logistics"));
        assertThat(campaign.invitee(key("vera"))).contains(new Invitee(ManagementLevel.COMMERCIAL_STAFF, "sales"));
        assertThat(campaign.invitee(key("gleb"))).as("other staff is not one of the three levels").isEmpty();
        assertThat(campaign.invitee(key("dina"))).as("production was not invited").isEmpty();
        assertThat(campaign.invitedCount()).isEqualTo(3);
        assertThat(campaign.catalogue().tasks()).hasSize(TaskCatalogue.defaultTasks().size());
    }

    @Test
    void theStoredInvitationHoldsNoUsername() {
        MatrixCampaign campaign = openForSalesAndLogistics();

        assertThat(campaign.invitees().keySet()).doesNotContain("anna", "boris", "vera")
                .allSatisfy(stored -> assertThat(stored).doesNotContain("anna").doesNotContain("boris").doesNotContain("vera"));
    }

    @Test
    void aResponseIsSubmittedOnceAndNeverChanged() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        Matrix first = answers(Map.of("delivery", Map.of("logistics", Mark.R)));
        campaign.submit(key("anna"), first, "r1", TODAY, NOW);

        assertThatThrownBy(() -> campaign.submit(key("anna"), answers(Map.of("delivery", Map.of("sales", Mark.R))), "r2", TODAY, NOW))
                .isInstanceOf(AlreadySubmitted.class);
        assertThatThrownBy(() -> campaign.saveDraft(key("anna"), Matrix.empty(), TODAY)).isInstanceOf(AlreadySubmitted.class);
        assertThat(campaign.responses()).singleElement().satisfies(response -> {
            assertThat(response.matrix()).isEqualTo(first);
            assertThat(response.level()).isEqualTo(ManagementLevel.TOP_MANAGEMENT);
            assertThat(response.department()).isEqualTo("sales");
        });
        assertThat(campaign.hasSubmitted(key("anna"))).isTrue();
    }

    @Test
    void aDraftIsKeptUntilTheSubmissionReplacesIt() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        Matrix draft = answers(Map.of("pricing", Map.of("sales", Mark.P)));
        campaign.saveDraft(key("vera"), draft, TODAY);

        assertThat(campaign.draftOf(key("vera"))).isEqualTo(draft);

        campaign.submit(key("vera"), draft, "r1", TODAY, NOW);
        assertThat(campaign.drafts()).isEmpty();
    }

    @Test
    void aClosedCampaignRefusesResponsesAndDrafts() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        campaign.close(NOW);

        assertThatThrownBy(() -> campaign.submit(key("anna"), Matrix.empty(), "r1", TODAY, NOW)).isInstanceOf(CampaignClosed.class);
        assertThatThrownBy(() -> campaign.saveDraft(key("anna"), Matrix.empty(), TODAY)).isInstanceOf(CampaignClosed.class);
        assertThat(campaign.responses()).isEmpty();
        assertThat(campaign.closedBy()).isEqualTo(ClosedBy.HAND);
    }

    @Test
    void aCampaignPastItsLastDayRefusesResponsesAndClosesWhenChecked() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        LocalDate dayAfterEnd = campaign.endsOn().plusDays(1);

        assertThatThrownBy(() -> campaign.submit(key("anna"), Matrix.empty(), "r1", dayAfterEnd, NOW)).isInstanceOf(CampaignClosed.class);
        assertThat(campaign.closeIfEnded(campaign.endsOn(), NOW)).as("open through its last day").isFalse();
        assertThat(campaign.closeIfEnded(dayAfterEnd, NOW)).isTrue();
        assertThat(campaign.state()).isEqualTo(CampaignState.CLOSED);
        assertThat(campaign.closedBy()).isEqualTo(ClosedBy.END_DATE);
        assertThat(campaign.newEvents()).last().isInstanceOf(MatrixCampaignEvent.Closed.class);
    }

    @Test
    void closingTwiceIsRefused() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        campaign.close(NOW);

        assertThatThrownBy(() -> campaign.close(NOW)).isInstanceOf(CampaignClosed.class);
    }

    @Test
    void somebodyNotInvitedIsRefused() {
        MatrixCampaign campaign = openForSalesAndLogistics();

        assertThatThrownBy(() -> campaign.submit(key("dina"), Matrix.empty(), "r1", TODAY, NOW)).isInstanceOf(NotInvited.class);
        assertThatThrownBy(() -> campaign.submit(key("gleb"), Matrix.empty(), "r1", TODAY, NOW)).isInstanceOf(NotInvited.class);
        assertThatThrownBy(() -> campaign.draftOf(KEYS.keyOf("another-campaign", "anna"))).isInstanceOf(NotInvited.class);
        assertThat(campaign.responses()).isEmpty();
    }

    @Test
    void rowsWithNoOwnerOrSeveralOwnersAreWarnedAboutAndStillAccepted() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        Matrix answers = answers(Map.of(
                "delivery", Map.of("logistics", Mark.R, "sales", Mark.P),
                "contract-fulfilment", Map.of("sales", Mark.R, "logistics", Mark.R),
                "pricing", Map.of("sales", Mark.P)));

        List<OwnerRule.RowWarning> warnings = campaign.submit(key("boris"), answers, "r1", TODAY, NOW);

        assertThat(warnings).contains(new OwnerRule.RowWarning("contract-fulfilment", 2), new OwnerRule.RowWarning("pricing", 0))
                .noneMatch(warning -> warning.task().equals("delivery"))
                .hasSize(TaskCatalogue.defaultTasks().size() - 1);
        assertThat(campaign.responses()).hasSize(1);
    }

    @Test
    void answersOutsideTheFrozenCatalogueAreRefused() {
        assertThatThrownBy(() -> answers(Map.of("juggling", Map.of("sales", Mark.R)))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("juggling");
        assertThatThrownBy(() -> answers(Map.of("delivery", Map.of("marketing", Mark.R)))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("marketing");
    }

    @Test
    void progressCountsInvitedAndSubmittedByLevelAndDepartment() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        campaign.submit(key("vera"), Matrix.empty(), "r1", TODAY, NOW);

        assertThat(campaign.progress()).containsExactly(
                new Progress(ManagementLevel.TOP_MANAGEMENT, "sales", 1, 0),
                new Progress(ManagementLevel.DIVISION_HEAD, "logistics", 1, 0),
                new Progress(ManagementLevel.COMMERCIAL_STAFF, "sales", 1, 1));
    }

    @Test
    void anOpeningNeedsAFutureEndAndInvitedDepartmentsOfTheMatrix() {
        assertThatThrownBy(() -> MatrixCampaign.open("c1", null, TODAY.minusDays(1), CATALOGUE, List.of("sales"), PEOPLE, KEYS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> MatrixCampaign.open("c1", null, TODAY, CATALOGUE, List.of("marketing"), PEOPLE, KEYS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> MatrixCampaign.open("c1", null, TODAY, CATALOGUE, List.of(), PEOPLE, KEYS, TODAY, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDraftIsKnownUntilTheSubmissionTakesIt() {
        MatrixCampaign campaign = openForSalesAndLogistics();
        String anna = key("anna");
        assertThat(campaign.hasDraft(anna)).isFalse();

        campaign.saveDraft(anna, Matrix.empty(), TODAY);
        assertThat(campaign.hasDraft(anna)).as("an empty draft is a draft").isTrue();

        campaign.submit(anna, Matrix.empty(), "r1", TODAY, NOW);
        assertThat(campaign.hasDraft(anna)).isFalse();
    }
}
