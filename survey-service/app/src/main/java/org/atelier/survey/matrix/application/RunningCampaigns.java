package org.atelier.survey.matrix.application;

import java.util.List;
import java.util.UUID;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.security.CurrentUser;
import org.atelier.survey.matrix.CampaignCatalogue;
import org.atelier.survey.matrix.CampaignNotFound;
import org.atelier.survey.matrix.CampaignPermissions;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.MatrixCampaigns;
import org.atelier.survey.matrix.RespondentKeys;
import org.atelier.survey.matrix.CatalogueTasks;
import org.atelier.survey.matrix.Respondent;

/** Management's side of a campaign: opening it, closing it, following its progress. */
public class RunningCampaigns {

    private final MatrixCampaigns campaigns;
    private final Directory directory;
    private final CatalogueTasks tasks;
    private final RespondentKeys keys;
    private final CompanyCalendar calendar;

    public RunningCampaigns(MatrixCampaigns campaigns, CatalogueTasks tasks, Directory directory, RespondentKeys keys, CompanyCalendar calendar) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.directory = directory;
        this.keys = keys;
        this.calendar = calendar;
    }

    /**
     * Opens a campaign over the departments in force and the catalogue's tasks, inviting the active people of the
     * three levels in the chosen departments.
     *
     * @param invitedDepartments the departments whose people are invited; null or empty for all in force
     */
    public MatrixCampaign open(CurrentUser caller, String title, java.time.LocalDate endsOn, List<String> invitedDepartments) {
        CampaignPermissions.checkMayRun(caller);
        List<DirectoryDepartment> inForce = directory.departmentsInForce();
        CampaignCatalogue catalogue = new CampaignCatalogue(tasks.all(), inForce.stream()
                .map(department -> new CampaignCatalogue.MatrixDepartment(department.code(), department.nameEn(), department.nameRu())).toList());
        List<String> invited = invitedDepartments == null || invitedDepartments.isEmpty()
                ? inForce.stream().map(DirectoryDepartment::code).toList() : invitedDepartments;
        List<Respondent> people = directory.activePeople().stream()
                .map(person -> new Respondent(person.username(), person.level(), person.department())).toList();
        MatrixCampaign campaign = MatrixCampaign.open(UUID.randomUUID().toString(), title, endsOn, catalogue, invited, people, keys,
                calendar.today(), calendar.now());
        campaigns.save(campaign);
        return campaign;
    }

    /** The departments in force, which a new campaign asks about and may invite. */
    public List<DirectoryDepartment> departmentsInForce(CurrentUser caller) {
        CampaignPermissions.checkMayRun(caller);
        return directory.departmentsInForce();
    }

    public MatrixCampaign close(CurrentUser caller, String campaignId) {
        CampaignPermissions.checkMayRun(caller);
        MatrixCampaign campaign = current(campaignId);
        campaign.close(calendar.now());
        campaigns.save(campaign);
        return campaign;
    }

    /** The campaign with its progress; one past its last day is closed first. */
    public MatrixCampaign campaign(CurrentUser caller, String campaignId) {
        CampaignPermissions.checkMayFollow(caller);
        return current(campaignId);
    }

    public List<MatrixCampaign> all(CurrentUser caller) {
        CampaignPermissions.checkMayFollow(caller);
        return campaigns.all().stream().map(campaign -> CampaignClock.closeIfEnded(campaign, campaigns, calendar)).toList();
    }

    private MatrixCampaign current(String campaignId) {
        MatrixCampaign campaign = campaigns.find(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
        return CampaignClock.closeIfEnded(campaign, campaigns, calendar);
    }
}
