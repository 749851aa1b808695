package org.atelier.claims.meeting.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.atelier.claims.bonus.BonusPolicies;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.Outcome;
import org.atelier.claims.bonus.Settlement;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.Claims;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.Commendations;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.meeting.AgendaItem;
import org.atelier.claims.meeting.Meeting;
import org.atelier.claims.meeting.MeetingPermissions;
import org.atelier.claims.meeting.Meetings;
import org.atelier.security.CurrentUser;

/**
 * Top management's work at the heads' meetings: planning one with its agenda (which schedules its items), taking
 * attendance (which hears or adjourns them), and deciding each heard item, with the money shown first.
 *
 * <p>A meeting and its items are separate documents, each written with its own events. Planning writes the meeting
 * alone: an item is scheduled by being on the agenda of a planned meeting, and read so (see
 * {@link Lifecycle#restore(Lifecycle.Stage, String, List, org.atelier.claims.common.AgendaPlace)}). Holding it writes
 * each item heard or adjourned, then the meeting.
 */
public class RunningMeetings {

    /** The decision management is about to take on a claim, for a preview or to confirm. */
    public record ClaimVerdict(Outcome outcome, Long recognisedShortfallMinor, Long deductionMinor, Long planAdjustment, String reasoning) {
    }

    /** What a decision would move, shown before it is confirmed. */
    public record Preview(Settlement settlement, long planAdjustment, BonusPolicy policy) {
    }

    private final Meetings meetings;
    private final Claims claims;
    private final Commendations commendations;
    private final BonusPolicies policies;
    private final Departments departments;
    private final Clock clock;
    private final ZoneId companyZone;

    public RunningMeetings(Meetings meetings, Claims claims, Commendations commendations, BonusPolicies policies, Departments departments,
                           Clock clock, ZoneId companyZone) {
        this.meetings = meetings;
        this.claims = claims;
        this.commendations = commendations;
        this.policies = policies;
        this.departments = departments;
        this.clock = clock;
        this.companyZone = companyZone;
    }

    /**
     * Plans the meeting, and so schedules every item on its agenda, in one write: the meeting with its
     * {@code MeetingPlanned} and a {@code ClaimScheduled} per claim. The items are only read, to check each may go on
     * an agenda; a write that fails leaves nothing scheduled and nothing to publish, and the meeting can be planned
     * again as it was.
     *
     * @throws Lifecycle.IllegalTransition when an item is not filed (already on another planned meeting's agenda, for
     *                                     one), or was put on one by someone else meanwhile
     */
    public Meeting plan(CurrentUser caller, LocalDate date, List<AgendaItem> agenda) {
        MeetingPermissions.checkMayRun(caller);
        Meeting meeting = Meeting.plan(UUID.randomUUID().toString(), date, agenda, caller.username(), clock.instant());
        for (AgendaItem item : agenda) {
            if (item.kind() == AgendaItem.Kind.CLAIM) {
                claims.find(item.id()).orElseThrow(() -> unknownItem(item)).requireSchedulable();
            } else {
                commendations.find(item.id()).orElseThrow(() -> unknownItem(item)).requireSchedulable();
            }
        }
        meetings.save(meeting);
        return meeting;
    }

    /**
     * Takes attendance against the heads of all departments in the directory and hears or adjourns each item still
     * scheduled for this meeting.
     *
     * @param present usernames of the heads who came
     */
    public Meeting hold(CurrentUser caller, String meetingId, Set<String> present) {
        MeetingPermissions.checkMayRun(caller);
        Meeting meeting = find(caller, meetingId);
        Map<AgendaItem, Set<String>> parties = new LinkedHashMap<>();
        Map<AgendaItem, Claim> itemClaims = new LinkedHashMap<>();
        Map<AgendaItem, Commendation> itemCommendations = new LinkedHashMap<>();
        for (AgendaItem item : meeting.agenda()) {
            if (item.kind() == AgendaItem.Kind.CLAIM) {
                claims.find(item.id()).filter(claim -> scheduledHere(claim.lifecycle(), meetingId)).ifPresent(claim -> {
                    itemClaims.put(item, claim);
                    parties.put(item, Set.of(claim.statement().claimantDepartment(), claim.statement().respondentDepartment()));
                });
            } else {
                commendations.find(item.id()).filter(c -> scheduledHere(c.lifecycle(), meetingId)).ifPresent(commendation -> {
                    itemCommendations.put(item, commendation);
                    parties.put(item, Set.of(commendation.petition().petitioningDepartment(), commendation.petition().commendedDepartment()));
                });
            }
        }
        Meeting.Record record = meeting.hold(departments.heads(), present, parties, caller.username(), clock.instant());
        itemClaims.forEach((item, claim) -> {
            if (record.heard().contains(item)) {
                claim.hear(meetingId, caller.username(), clock.instant());
            } else {
                claim.adjourn(meetingId, caller.username(), clock.instant());
            }
            claims.save(claim);
        });
        itemCommendations.forEach((item, commendation) -> {
            if (record.heard().contains(item)) {
                commendation.hear(meetingId, caller.username(), clock.instant());
            } else {
                commendation.adjourn(meetingId, caller.username(), clock.instant());
            }
            commendations.save(commendation);
        });
        meetings.save(meeting);
        return meeting;
    }

    /** The money the decision would move, by the policy of the decision's year; nothing is stored. */
    public Preview preview(CurrentUser caller, String meetingId, String claimId, ClaimVerdict verdict) {
        MeetingPermissions.checkMayRun(caller);
        Claim claim = claimHeardAt(caller, meetingId, claimId);
        BonusPolicy policy = policies.of(decisionYear());
        Settlement settlement = claim.settle(policy, requireOutcome(verdict), verdict.recognisedShortfallMinor(), verdict.deductionMinor());
        long adjustment = verdict.planAdjustment() != null ? verdict.planAdjustment()
                : verdict.outcome() == Outcome.REJECTED ? 0 : claim.statement().planAdjustmentRequested();
        return new Preview(settlement, adjustment, policy);
    }

    public Claim decideClaim(CurrentUser caller, String meetingId, String claimId, ClaimVerdict verdict) {
        MeetingPermissions.checkMayRun(caller);
        Claim claim = claimHeardAt(caller, meetingId, claimId);
        claim.decide(UUID.randomUUID().toString(), meetingId, decisionPeriod(), policies.of(decisionYear()), requireOutcome(verdict), verdict.recognisedShortfallMinor(), verdict.deductionMinor(),
                verdict.planAdjustment(), verdict.reasoning(), caller.username(), clock.instant());
        claims.save(claim);
        return claim;
    }

    public Commendation decideCommendation(CurrentUser caller, String meetingId, String commendationId, Commendation.Outcome outcome,
                                           Long grantedMinor) {
        MeetingPermissions.checkMayRun(caller);
        if (outcome == null) {
            throw new RuleViolation("outcome", "required", "Required");
        }
        Meeting meeting = find(caller, meetingId);
        meeting.requireHeard(new AgendaItem(AgendaItem.Kind.COMMENDATION, commendationId));
        Commendation commendation = commendations.find(commendationId).orElseThrow(() -> new NotFound("commendation", commendationId));
        long granted = grantedMinor != null ? grantedMinor
                : outcome == Commendation.Outcome.APPROVED ? commendation.petition().proposedReward().minorUnits() : 0;
        commendation.decide(UUID.randomUUID().toString(), meetingId, decisionPeriod(), outcome, granted, caller.username(), clock.instant());
        commendations.save(commendation);
        return commendation;
    }

    /** Management records the minutes of an item heard at a held meeting: the case, the answer, the consequences stated. */
    public Meeting recordMinutes(CurrentUser caller, String meetingId, AgendaItem item, String claimantCase, String respondentAnswer,
                                 String consequences) {
        MeetingPermissions.checkMayRun(caller);
        Meeting meeting = find(caller, meetingId);
        meeting.recordMinutes(item, claimantCase, respondentAnswer, consequences, caller.username(), clock.instant());
        meetings.save(meeting);
        return meeting;
    }

    public Meeting find(CurrentUser caller, String meetingId) {
        if (!MeetingPermissions.maySee(caller)) {
            throw new NotFound("meeting", meetingId);
        }
        return meetings.find(meetingId).orElseThrow(() -> new NotFound("meeting", meetingId));
    }

    public List<Meeting> all(CurrentUser caller) {
        return MeetingPermissions.maySee(caller) ? meetings.all() : List.of();
    }

    private Claim claimHeardAt(CurrentUser caller, String meetingId, String claimId) {
        Meeting meeting = find(caller, meetingId);
        meeting.requireHeard(new AgendaItem(AgendaItem.Kind.CLAIM, claimId));
        return claims.find(claimId).orElseThrow(() -> new NotFound("claim", claimId));
    }

    private int decisionYear() {
        return decisionPeriod().getYear();
    }

    /** The year and month of a decision taken now, in the company's time zone: where its ledger entries count. */
    private YearMonth decisionPeriod() {
        return YearMonth.now(clock.withZone(companyZone));
    }

    private static Outcome requireOutcome(ClaimVerdict verdict) {
        if (verdict.outcome() == null) {
            throw new RuleViolation("outcome", "required", "Required");
        }
        return verdict.outcome();
    }

    private static boolean scheduledHere(Lifecycle lifecycle, String meetingId) {
        return lifecycle.stage() == Lifecycle.Stage.SCHEDULED && meetingId.equals(lifecycle.meetingId());
    }

    private static RuleViolation unknownItem(AgendaItem item) {
        return new RuleViolation("agenda", "unknownItem", "No {0} {1} to put on the agenda", item.kind().name().toLowerCase(java.util.Locale.ROOT), item.id());
    }
}
