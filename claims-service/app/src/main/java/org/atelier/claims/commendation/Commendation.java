package org.atelier.claims.commendation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.bonus.LedgerEntry;
import org.atelier.claims.bonus.BonusDecision;

/**
 * A commendation act: one department petitions for another to be rewarded for active help. It goes through the
 * heads' meeting like a claim, and management approves it with the amount granted or declines it.
 */
public final class Commendation {

    /**
     * @param proposedReward the money proposed, 0 when only a recognition is
     * @param recognition    a non-material recognition proposed; may be null
     */
    public record Petition(String petitioningDepartment, String commendedDepartment, String help, Money proposedReward, String recognition) {

        public Petition {
            Objects.requireNonNull(petitioningDepartment, "petitioningDepartment");
            Objects.requireNonNull(commendedDepartment, "commendedDepartment");
            if (petitioningDepartment.equals(commendedDepartment)) {
                throw new RuleViolation("commendedDepartment", "notOwnDepartment", "A commendation is for another department, not one''s own");
            }
            help = required("help", help, 4000);
            proposedReward.requireWithinRange("proposedRewardMinor");
            recognition = recognition == null || recognition.isBlank() ? null : limited("recognition", recognition.strip(), 1000);
            if (proposedReward.isZero() && recognition == null) {
                throw new RuleViolation("proposedRewardMinor", "rewardOrRecognition", "Propose a money reward, a recognition, or both");
            }
        }
    }

    public enum Outcome {
        APPROVED, DECLINED
    }

    /** @param ledger the entries the decision posts, with its id: written with the decision, in the same document */
    public record Decision(String meetingId, Outcome outcome, Money granted, String decidedBy, Instant decidedAt, BonusDecision ledger) {

        public String decisionId() {
            return ledger.decisionId();
        }
    }

    private final String id;
    private final Petition petition;
    private final String filedBy;
    private final Instant filedAt;
    private final Lifecycle lifecycle;
    private Decision decision;
    private final long version;
    private final List<CommendationEvent> newEvents = new ArrayList<>();

    private Commendation(String id, Petition petition, String filedBy, Instant filedAt, Lifecycle lifecycle, Decision decision, long version) {
        this.id = id;
        this.petition = petition;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.lifecycle = lifecycle;
        this.decision = decision;
        this.version = version;
    }

    public static Commendation file(String id, Petition petition, String filedBy, Instant now) {
        Commendation commendation = new Commendation(id, petition, filedBy, now, Lifecycle.filed(filedBy, now), null, 0);
        commendation.newEvents.add(new CommendationEvent.Filed(commendation));
        return commendation;
    }

    public static Commendation restore(String id, Petition petition, String filedBy, Instant filedAt, Lifecycle lifecycle, Decision decision,
                                       long version) {
        return new Commendation(id, petition, filedBy, filedAt, lifecycle, decision, version);
    }

    /** @throws Lifecycle.IllegalTransition unless it may go on a meeting's agenda, which the meeting's own write records */
    public void requireSchedulable() {
        lifecycle.requireSchedulable();
    }

    public void hear(String meetingId, String by, Instant now) {
        lifecycle.hear(meetingId, by, now);
    }

    public void adjourn(String meetingId, String by, Instant now) {
        lifecycle.adjourn(meetingId, by, now);
    }

    public void withdraw(String by, Instant now) {
        lifecycle.withdraw(by, now);
    }

    /**
     * Decides the act; an approval with money posts COMMENDATION_CREDIT +A to the commended department and
     * COMMENDATION_FUNDING −A from the company bonus fund, as part of the one decision.
     *
     * @param decisionId the decision's own id, which its ledger entries carry
     * @param period     the year and month of the decision in the company's time zone: the entries count there
     * @param granted    the amount granted when approved, in the proposal's currency; at most {@link Money#MAX_MINOR_UNITS}
     * @throws RuleViolation when a declined act grants money, or an approved one grants a negative amount
     */
    public void decide(String decisionId, String meetingId, YearMonth period, Outcome outcome, long granted, String by, Instant now) {
        if (outcome == Outcome.DECLINED && granted != 0) {
            throw new RuleViolation("grantedMinor", "declinedGrantsNothing", "A declined commendation grants nothing");
        }
        Money amount = new Money(granted, petition.proposedReward().currency()).requireWithinRange("grantedMinor");
        lifecycle.decide(meetingId, outcome.name(), by, now);
        List<LedgerEntry> entries = amount.isPositive()
                ? List.of(new LedgerEntry(LedgerEntry.Kind.COMMENDATION_CREDIT, petition.commendedDepartment(), amount),
                        new LedgerEntry(LedgerEntry.Kind.COMMENDATION_FUNDING, LedgerEntry.COMPANY_FUND, amount.negate()))
                : List.of();
        decision = new Decision(meetingId, outcome, amount, by, now, BonusDecision.taken(decisionId,
                new BonusDecision.Subject(BonusDecision.Subject.Kind.COMMENDATION, id), meetingId, period, entries, by, now));
        newEvents.add(new CommendationEvent.Decided(this));
    }

    public CommendationStatus status() {
        return switch (lifecycle.stage()) {
            case FILED -> CommendationStatus.FILED;
            case SCHEDULED -> CommendationStatus.SCHEDULED;
            case HEARD -> CommendationStatus.HEARD;
            case WITHDRAWN -> CommendationStatus.WITHDRAWN;
            case DECIDED -> CommendationStatus.valueOf(decision.outcome().name());
        };
    }

    public boolean concernsAnyOf(java.util.Collection<String> departments) {
        return departments.contains(petition.petitioningDepartment()) || departments.contains(petition.commendedDepartment());
    }

    public String id() {
        return id;
    }

    public Petition petition() {
        return petition;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public long version() {
        return version;
    }

    public List<CommendationEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required", "Required");
        }
        return limited(field, value.strip(), max);
    }

    private static String limited(String field, String value, int max) {
        if (value.length() > max) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", String.valueOf(max));
        }
        return value;
    }
}
