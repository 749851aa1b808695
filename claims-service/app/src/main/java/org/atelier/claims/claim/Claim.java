package org.atelier.claims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.Outcome;
import org.atelier.claims.bonus.Settlement;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.regulation.Regulation;

/**
 * An internal claim: one department says another broke an agreed regulation and so made it miss its plan. It is
 * argued at a public meeting of the heads of all departments and decided there by top management.
 */
public final class Claim {

    /**
     * What the claimant states when filing; checked here, whoever files it.
     *
     * @param customerId   the related customer, one of claims' replica of loyalty's customers; null for none
     * @param customerName its name when the claim was filed, for display; null when there is no customer
     */
    public record Statement(String claimantDepartment, String respondentDepartment, String regulationId, int regulationVersion,
                            String whatHappened, LocalDate happenedOn, String customerId, String customerName, String contractReference,
                            String customerConsequences, String planIndicator, Money claimedShortfall, long planAdjustmentRequested,
                            List<Evidence> evidence) {

        public static final int MAX_EVIDENCE = 20;

        public Statement {
            Objects.requireNonNull(claimantDepartment, "claimantDepartment");
            Objects.requireNonNull(respondentDepartment, "respondentDepartment");
            if (claimantDepartment.equals(respondentDepartment)) {
                throw new RuleViolation("respondentDepartment", "notOwnDepartment", "A claim is against another department, not one''s own");
            }
            whatHappened = Texts.required("whatHappened", whatHappened, 4000);
            if (happenedOn == null) {
                throw new RuleViolation("happenedOn", "required", "Required");
            }
            customerId = Texts.optional("customerId", customerId, 64);
            // The name as the replica knew it at filing, kept for display: the claim reads the same if it is renamed later.
            customerName = customerId == null ? null : Texts.optional("customerName", customerName, 200);
            contractReference = Texts.optional("contractReference", contractReference, 100);
            customerConsequences = Texts.required("customerConsequences", customerConsequences, 4000);
            planIndicator = Texts.required("planIndicator", planIndicator, 200);
            claimedShortfall.requireWithinRange("claimedShortfallMinor");
            if (!claimedShortfall.isPositive()) {
                throw new RuleViolation("claimedShortfallMinor", "shortfallPositive", "A claim names the shortfall it caused, more than 0");
            }
            if (planAdjustmentRequested < 0 || planAdjustmentRequested > Money.MAX_MINOR_UNITS) {
                throw new RuleViolation("planAdjustmentRequested", "adjustmentRange", "From 0 to {0}", String.valueOf(Money.MAX_MINOR_UNITS));
            }
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
            if (evidence.size() > MAX_EVIDENCE) {
                throw new RuleViolation("evidence", "tooMuchEvidence", "At most {0} pieces of evidence", String.valueOf(MAX_EVIDENCE));
            }
        }
    }

    /** The respondent department's answer before the hearing. */
    public record Position(String text, String recordedBy, Instant recordedAt) {
    }

    private final String id;
    private final Statement statement;
    private final String filedBy;
    private final Instant filedAt;
    private Position position;
    private final Lifecycle lifecycle;
    private ClaimDecision decision;
    private final long version;
    private final List<ClaimEvent> newEvents = new ArrayList<>();

    private Claim(String id, Statement statement, String filedBy, Instant filedAt, Position position, Lifecycle lifecycle,
                  ClaimDecision decision, long version) {
        this.id = Objects.requireNonNull(id);
        this.statement = Objects.requireNonNull(statement);
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.position = position;
        this.lifecycle = lifecycle;
        this.decision = decision;
        this.version = version;
    }

    /**
     * @param regulation the version of the regulation in force on the day of the breach
     * @throws RuleViolation when the respondent is not bound by it, or the breach is in the future
     */
    public static Claim file(String id, Statement statement, Regulation regulation, String filedBy, Instant now, LocalDate today) {
        if (!regulation.binds(statement.respondentDepartment())) {
            throw new RuleViolation("respondentDepartment", "notBound", "The regulation {0} does not bind the department {1}",
                    regulation.id(), statement.respondentDepartment());
        }
        if (statement.happenedOn().isAfter(today)) {
            throw new RuleViolation("happenedOn", "notInFuture", "A breach that has happened: on {0} at the latest", today.toString());
        }
        Claim claim = new Claim(id, statement, filedBy, now, null, Lifecycle.filed(filedBy, now), null, 0);
        claim.newEvents.add(new ClaimEvent.Filed(claim));
        return claim;
    }

    public static Claim restore(String id, Statement statement, String filedBy, Instant filedAt, Position position, Lifecycle lifecycle,
                                ClaimDecision decision, long version) {
        return new Claim(id, statement, filedBy, filedAt, position, lifecycle, decision, version);
    }

    /** The respondent states its position, or revises it, until the hearing. */
    public void recordPosition(String text, String by, Instant now) {
        if (lifecycle.stage() != Lifecycle.Stage.FILED && lifecycle.stage() != Lifecycle.Stage.SCHEDULED) {
            throw new Lifecycle.IllegalTransition("status", "positionBeforeHearing",
                    "The respondent''s position is recorded before the hearing; this claim is {0}", status().name());
        }
        position = new Position(Texts.required("position", text, 4000), by, now);
        newEvents.add(new ClaimEvent.PositionRecorded(this));
    }

    /**
     * @throws Lifecycle.IllegalTransition unless it may go on a meeting's agenda. Planning the meeting schedules it: the
     *                                     meeting's write carries its {@code ClaimScheduled}, the claim's is untouched
     */
    public void requireSchedulable() {
        lifecycle.requireSchedulable();
    }

    public void hear(String meetingId, String by, Instant now) {
        lifecycle.hear(meetingId, by, now);
    }

    public void adjourn(String meetingId, String by, Instant now) {
        lifecycle.adjourn(meetingId, by, now);
    }

    public void withdraw(String reason, String by, Instant now) {
        String why = Texts.optional("reason", reason, 2000);
        lifecycle.withdraw(by, now);
        newEvents.add(new ClaimEvent.Withdrawn(this, why, by, now));
    }

    /** The money this decision would move: what management sees before confirming it. Changes nothing. */
    public Settlement settle(BonusPolicy policy, Outcome outcome, Long recognisedShortfall, Long deduction) {
        return Settlement.compute(policy, outcome, statement.claimedShortfall(), recognisedShortfall, deduction);
    }

    /**
     * Decides the claim and posts its entries to the bonus ledger (DEDUCTION −D from the respondent, COMPENSATION +C
     * to the claimant, POOL_TRANSFER +(D − C) to the annual pool), all part of the one decision.
     *
     * @param decisionId     the decision's own id, which its ledger entries carry
     * @param period         the year and month of the decision in the company's time zone: the entries count there
     * @param planAdjustment how much the plan target is lowered; null for what the claimant requested (0 when rejected)
     * @throws RuleViolation when the adjustment is negative, above the request, or not 0 for a rejected claim
     */
    public void decide(String decisionId, String meetingId, YearMonth period, BonusPolicy policy, Outcome outcome, Long recognisedShortfall,
                       Long deduction, Long planAdjustment, String reasoning, String by, Instant now) {
        Settlement settlement = settle(policy, outcome, recognisedShortfall, deduction);
        long adjustment = planAdjustment != null ? planAdjustment : outcome == Outcome.REJECTED ? 0 : statement.planAdjustmentRequested();
        if (adjustment < 0 || adjustment > statement.planAdjustmentRequested() || (outcome == Outcome.REJECTED && adjustment != 0)) {
            throw new RuleViolation("planAdjustment", "planAdjustmentRange",
                    "The plan adjustment is from 0 to the {0} requested, and 0 for a rejected claim", String.valueOf(statement.planAdjustmentRequested()));
        }
        String why = Texts.optional("reasoning", reasoning, 4000);
        lifecycle.decide(meetingId, outcome.name(), by, now);
        BonusDecision ledger = BonusDecision.taken(decisionId, new BonusDecision.Subject(BonusDecision.Subject.Kind.CLAIM, id), meetingId,
                period, settlement.entries(statement.claimantDepartment(), statement.respondentDepartment()), by, now);
        decision = new ClaimDecision(meetingId, settlement, adjustment, policy, why, by, now, ledger);
        newEvents.add(new ClaimEvent.Decided(this));
    }

    public ClaimStatus status() {
        return switch (lifecycle.stage()) {
            case FILED -> ClaimStatus.FILED;
            case SCHEDULED -> ClaimStatus.SCHEDULED;
            case HEARD -> ClaimStatus.HEARD;
            case WITHDRAWN -> ClaimStatus.WITHDRAWN;
            case DECIDED -> ClaimStatus.valueOf(decision.settlement().outcome().name());
        };
    }

    /** Whether the claimant's or the respondent's department is one of these. */
    public boolean concernsAnyOf(java.util.Collection<String> departments) {
        return departments.contains(statement.claimantDepartment()) || departments.contains(statement.respondentDepartment());
    }

    public String id() {
        return id;
    }

    public Statement statement() {
        return statement;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public java.util.Optional<Position> position() {
        return java.util.Optional.ofNullable(position);
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public java.util.Optional<ClaimDecision> decision() {
        return java.util.Optional.ofNullable(decision);
    }

    public long version() {
        return version;
    }

    public List<ClaimEvent> newEvents() {
        return List.copyOf(newEvents);
    }
}
