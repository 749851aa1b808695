package org.atelier.survey.matrix.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.security.CurrentUser;
import org.atelier.survey.matrix.CampaignChanged;
import org.atelier.survey.matrix.CampaignPermissions;
import org.atelier.survey.matrix.CampaignNotFound;
import org.atelier.survey.matrix.Invitee;
import org.atelier.survey.matrix.Mark;
import org.atelier.survey.matrix.Matrix;
import org.atelier.survey.matrix.MatrixCampaign;
import org.atelier.survey.matrix.MatrixCampaigns;
import org.atelier.survey.matrix.NotInvited;
import org.atelier.survey.matrix.OwnerRule;
import org.atelier.survey.matrix.RespondentKeys;

/**
 * A respondent's side: their form, their draft, their submission. The caller's username is turned into their
 * respondent key here and goes no further.
 */
public class AnsweringCampaigns {

    /** Other respondents' submissions may land between reading and writing the campaign; each retry reads afresh. */
    private static final int ATTEMPTS = 5;

    private final MatrixCampaigns campaigns;
    private final RespondentKeys keys;
    private final CompanyCalendar calendar;

    public AnsweringCampaigns(MatrixCampaigns campaigns, RespondentKeys keys, CompanyCalendar calendar) {
        this.campaigns = campaigns;
        this.keys = keys;
        this.calendar = calendar;
    }

    /** The caller's form: what the campaign asks, where the caller was invited, their draft, whether they submitted. */
    public Form form(CurrentUser caller, String campaignId) {
        CampaignPermissions.checkMayAnswer(caller);
        MatrixCampaign campaign = campaign(campaignId);
        String key = keys.keyOf(campaignId, caller.username());
        Invitee invitee = campaign.invitee(key).orElseThrow(() -> new NotInvited(campaignId));
        boolean submitted = campaign.hasSubmitted(key);
        Matrix draft = submitted ? Matrix.empty() : campaign.draftOf(key);
        return new Form(campaign, invitee, draft, !submitted && campaign.hasDraft(key), submitted, campaign.isOpenOn(calendar.today()),
                OwnerRule.warnings(draft, campaign.catalogue()));
    }

    /**
     * The campaigns the caller was invited to, newest first, each with where the caller stands in it. Every campaign
     * is asked by the caller's key for that campaign, since a campaign knows its invitees by key only.
     */
    public List<Invitation> invitations(CurrentUser caller) {
        return campaigns.all().stream()
                .map(campaign -> CampaignClock.closeIfEnded(campaign, campaigns, calendar))
                .flatMap(campaign -> {
                    String key = keys.keyOf(campaign.id(), caller.username());
                    return campaign.invitee(key).stream().map(invitee -> new Invitation(campaign, stateOf(campaign, key)));
                })
                .toList();
    }

    private InvitationState stateOf(MatrixCampaign campaign, String key) {
        if (campaign.hasSubmitted(key)) {
            return InvitationState.SUBMITTED;
        }
        if (!campaign.isOpenOn(calendar.today())) {
            return InvitationState.CLOSED;
        }
        return campaign.hasDraft(key) ? InvitationState.DRAFT_SAVED : InvitationState.OPEN;
    }

    /** Keeps the caller's answers so far. */
    public List<OwnerRule.RowWarning> saveDraft(CurrentUser caller, String campaignId, Map<String, Map<String, Mark>> cells) {
        CampaignPermissions.checkMayAnswer(caller);
        return withRetries(campaignId, campaign -> {
            Matrix answers = Matrix.of(cells, campaign.catalogue());
            campaign.saveDraft(keys.keyOf(campaignId, caller.username()), answers, calendar.today());
            return OwnerRule.warnings(answers, campaign.catalogue());
        });
    }

    /** Submits the caller's response, once; rows that break the one-owner rule are warned about and accepted. */
    public List<OwnerRule.RowWarning> submit(CurrentUser caller, String campaignId, Map<String, Map<String, Mark>> cells) {
        CampaignPermissions.checkMayAnswer(caller);
        return withRetries(campaignId, campaign -> campaign.submit(keys.keyOf(campaignId, caller.username()),
                Matrix.of(cells, campaign.catalogue()), UUID.randomUUID().toString(), calendar.today(), calendar.now()));
    }

    private List<OwnerRule.RowWarning> withRetries(String campaignId, java.util.function.Function<MatrixCampaign, List<OwnerRule.RowWarning>> change) {
        for (int attempt = 1; ; attempt++) {
            MatrixCampaign campaign = campaign(campaignId);
            List<OwnerRule.RowWarning> warnings = change.apply(campaign);
            try {
                campaigns.save(campaign);
                return warnings;
            } catch (CampaignChanged changed) {
                if (attempt == ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }

    private MatrixCampaign campaign(String campaignId) {
        MatrixCampaign campaign = campaigns.find(campaignId).orElseThrow(() -> new CampaignNotFound(campaignId));
        return CampaignClock.closeIfEnded(campaign, campaigns, calendar);
    }

    /** Where a respondent stands in a campaign they were invited to. */
    public enum InvitationState {
        OPEN,
        DRAFT_SAVED,
        SUBMITTED,
        CLOSED
    }

    public record Invitation(MatrixCampaign campaign, InvitationState state) {
    }

    /** What a respondent sees; it holds no name, theirs included. */
    public record Form(MatrixCampaign campaign, Invitee invitee, Matrix draft, boolean drafted, boolean submitted, boolean open,
                       List<OwnerRule.RowWarning> warnings) {
    }
}
