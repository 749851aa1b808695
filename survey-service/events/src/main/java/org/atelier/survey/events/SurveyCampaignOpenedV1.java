package org.atelier.survey.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A responsibility-matrix campaign opened. Payload of {@code org.atelier.survey.SurveyCampaignOpened.v1}: everything
 * its responses will be read against, frozen at the opening. Counts only; nobody invited is named.
 *
 * @param levels             the management levels asked, always the three of the survey
 * @param tasks              the matrix's rows, with the loss reasons each touches
 * @param departments        the matrix's columns: the departments in force at the opening
 * @param invitedDepartments the departments whose people were invited
 * @param invited            how many people were invited per level × department (only groups with someone in them)
 */
public record SurveyCampaignOpenedV1(String campaignId, String title, LocalDate endsOn, List<String> levels, List<Task> tasks,
                                     List<Department> departments, List<String> invitedDepartments, List<Group> invited,
                                     int invitedTotal, Instant openedAt) {

    /** @param reasons loss reason codes ({@code CustomerLost}'s taxonomy) a failure of this task shows up as */
    public record Task(String code, String nameEn, String nameRu, List<String> reasons) {
    }

    public record Department(String code, String nameEn, String nameRu) {
    }

    public record Group(String level, String department, int count) {
    }
}
