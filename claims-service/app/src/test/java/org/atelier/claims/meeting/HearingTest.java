package org.atelier.claims.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.Outcome;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimEvent;
import org.atelier.claims.claim.ClaimStatus;
import org.atelier.claims.claim.application.FilingClaims;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.CommendationStatus;
import org.atelier.claims.commendation.application.FilingCommendations;
import org.atelier.claims.common.Departments;
import org.atelier.claims.common.Head;
import org.atelier.claims.common.Lifecycle;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.bonus.AccountStatement;
import org.atelier.claims.bonus.BonusDecision;
import org.atelier.claims.common.Money;
import org.atelier.claims.ledger.application.KeepingLedger;
import org.atelier.claims.meeting.application.RunningMeetings;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.support.InMemoryStores;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.InMemoryDirectory;
import org.atelier.directory.ManagementLevel;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A claim's and a commendation's way through the heads' meeting, with who may do what. */
class HearingTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final CurrentUser SALES_HEAD = new CurrentUser("sales-head", "Sales Head", "sales", "DIVISION_HEAD", Set.of(Role.DEPARTMENT_HEAD));
    static final CurrentUser PRODUCTION_HEAD = new CurrentUser("production-head", "Production Head", "production", "DIVISION_HEAD",
            Set.of(Role.DEPARTMENT_HEAD));
    static final CurrentUser SALES_CLERK = new CurrentUser("sales-clerk", "Clerk", "sales", "COMMERCIAL_STAFF", Set.of(Role.EMPLOYEE));
    static final CurrentUser CEO = new CurrentUser("ceo", "CEO", "board", "TOP_MANAGEMENT", Set.of(Role.MANAGEMENT));

    InMemoryStores stores;
    FilingClaims filing;
    FilingCommendations petitions;
    RunningMeetings running;
    KeepingLedger ledger;

    @BeforeEach
    void setUp() {
        InMemoryDirectory directory = new InMemoryDirectory();
        for (String code : List.of("board", "logistics", "marketing", "production", "sales")) {
            directory.put(new DirectoryDepartment(code, code, code, true));
        }
        for (String code : List.of("logistics", "marketing", "production", "sales")) {
            directory.put(new DirectoryPerson(code + "-head", code, code, ManagementLevel.DIVISION_HEAD, Set.of("DEPARTMENT_HEAD"), true));
        }
        stores = new InMemoryStores();
        stores.regulations.add(new Regulation("delivery-terms", 1, "Delivery terms", "Production delivers within 10 days", "production",
                List.of("production", "logistics"), LocalDate.of(2026, 1, 1), null, "ceo", NOW));
        Departments departments = new Departments(directory);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        filing = new FilingClaims(stores.claims, stores.regulations, departments, stores.customers, clock, ZoneId.of("UTC"));
        petitions = new FilingCommendations(stores.commendations, departments, clock);
        running = new RunningMeetings(stores.meetings, stores.claims, stores.commendations, stores.policies, departments, clock, ZoneId.of("UTC"));
        ledger = new KeepingLedger(stores.claims, stores.commendations, stores.reversals, departments, clock, ZoneId.of("UTC"));
    }

    private FilingClaims.FileCommand claim(CurrentUser by, String claimant, String respondent) {
        return new FilingClaims.FileCommand(by, claimant, respondent, "delivery-terms", "Delivered 12 days late", LocalDate.of(2026, 3, 2),
                "cust-42", "K-17", "The customer cancelled the second order", "Q1 revenue", "RUB", 100_000, 100_000, List.of());
    }

    private Claim filedClaim() {
        return filing.file(claim(SALES_HEAD, "sales", "production"));
    }

    @Test
    void aHeadFilesForTheirOwnDepartmentCitingTheVersionInForceOnTheDayOfTheBreach() {
        Claim claim = filedClaim();

        assertThat(claim.status()).isEqualTo(ClaimStatus.FILED);
        assertThat(claim.statement().regulationVersion()).isEqualTo(1);
        assertThat(stores.savedEvents).hasSize(1).first().isInstanceOf(ClaimEvent.Filed.class);
    }

    @Test
    void aHeadCannotFileForAnotherDepartmentNorAgainstTheirOwnNorCanStaff() {
        assertThatThrownBy(() -> filing.file(claim(SALES_HEAD, "marketing", "production"))).isInstanceOf(NotAllowed.class)
                .hasMessage("A department head files claims for their own department only");
        assertThatThrownBy(() -> filing.file(claim(SALES_HEAD, "sales", "sales"))).isInstanceOf(RuleViolation.class)
                .hasMessage("A claim is against another department, not one's own");
        assertThatThrownBy(() -> filing.file(claim(SALES_CLERK, "sales", "production"))).isInstanceOf(NotAllowed.class)
                .hasMessage("Only a department head files a claim");
        assertThat(stores.claimsById).isEmpty();
    }

    @Test
    void aClaimAgainstADepartmentTheRegulationDoesNotBindOrOutsideItsForceIsRefused() {
        assertThatThrownBy(() -> filing.file(claim(SALES_HEAD, "sales", "marketing"))).isInstanceOf(RuleViolation.class)
                .hasMessage("The regulation delivery-terms does not bind the department marketing");
        FilingClaims.FileCommand before = new FilingClaims.FileCommand(SALES_HEAD, "sales", "production", "delivery-terms", "late",
                LocalDate.of(2025, 12, 31), null, null, "lost", "revenue", "RUB", 1, 0, List.of());
        assertThatThrownBy(() -> filing.file(before)).isInstanceOf(RuleViolation.class)
                .hasMessage("No version of the regulation 'delivery-terms' was in force on 2025-12-31");
        assertThatThrownBy(() -> filing.file(claim(SALES_HEAD, "sales", "nowhere"))).isInstanceOf(RuleViolation.class)
                .hasMessage("'nowhere' is not a department in force in the company directory");
    }

    @Test
    void onlyTheRespondentsHeadStatesItsPositionAndOnlyTheClaimantsHeadWithdraws() {
        Claim claim = filedClaim();

        assertThatThrownBy(() -> filing.recordPosition(SALES_HEAD, claim.id(), "no")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> filing.withdraw(PRODUCTION_HEAD, claim.id(), "no")).isInstanceOf(NotAllowed.class);
        assertThat(filing.recordPosition(PRODUCTION_HEAD, claim.id(), "The supplier was late").position()).get()
                .extracting(Claim.Position::text).isEqualTo("The supplier was late");
        assertThat(filing.withdraw(SALES_HEAD, claim.id(), "settled").status()).isEqualTo(ClaimStatus.WITHDRAWN);
    }

    @Test
    void onlyManagementPlansHoldsAndDecides() {
        Claim claim = filedClaim();
        List<AgendaItem> agenda = List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id()));

        assertThatThrownBy(() -> running.plan(SALES_HEAD, LocalDate.of(2026, 3, 12), agenda)).isInstanceOf(NotAllowed.class)
                .hasMessage("Only top management plans and runs the heads' meetings and decides there");
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), agenda);
        assertThatThrownBy(() -> running.hold(PRODUCTION_HEAD, meeting.id(), Set.of("sales-head"))).isInstanceOf(NotAllowed.class);
        running.hold(CEO, meeting.id(), Set.of("sales-head"));
        assertThatThrownBy(() -> running.decideClaim(SALES_HEAD, meeting.id(), claim.id(),
                new RunningMeetings.ClaimVerdict(Outcome.UPHELD, null, null, null, null))).isInstanceOf(NotAllowed.class);
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.HEARD);
    }

    @Test
    void planningWritesTheMeetingAloneWithItsEventsAndItsItemsAreReadScheduledForIt() {
        Claim claim = filedClaim();
        Commendation commendation = petitions.file(new FilingCommendations.FileCommand(
                new CurrentUser("marketing-head", "M", "marketing", "DIVISION_HEAD", Set.of(Role.DEPARTMENT_HEAD)), "marketing", "production",
                "Sewed the exhibition pieces in four days", "RUB", 50_000, null));
        Claim storedClaim = stores.claimsById.get(claim.id());
        Commendation storedCommendation = stores.commendationsById.get(commendation.id());
        stores.savedEvents.clear();

        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id()),
                new AgendaItem(AgendaItem.Kind.COMMENDATION, commendation.id())));

        assertThat(stores.savedEvents).containsExactly(new MeetingEvent.Planned(meeting), new MeetingEvent.ClaimScheduled(meeting, claim.id()));
        assertThat(stores.claimsById.get(claim.id())).as("the claim is not written").isSameAs(storedClaim);
        assertThat(stores.commendationsById.get(commendation.id())).as("nor the act").isSameAs(storedCommendation);
        Claim scheduled = stores.claims.find(claim.id()).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(ClaimStatus.SCHEDULED);
        assertThat(scheduled.lifecycle().meetingId()).isEqualTo(meeting.id());
        assertThat(scheduled.lifecycle().transitions()).last().isEqualTo(new org.atelier.claims.common.Transition("SCHEDULED", meeting.id(), "ceo", NOW));
        assertThat(stores.commendations.find(commendation.id()).orElseThrow().status()).isEqualTo(CommendationStatus.SCHEDULED);
        assertThat(stores.claims.all()).extracting(Claim::status).containsExactly(ClaimStatus.SCHEDULED);
    }

    @Test
    void anItemOnAPlannedMeetingsAgendaIsNotPlannedOnAnotherAndAMeetingRacingToItIsRefused() {
        Claim claim = filedClaim();
        List<AgendaItem> agenda = List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id()));
        running.plan(CEO, LocalDate.of(2026, 3, 12), agenda);
        stores.savedEvents.clear();

        assertThatThrownBy(() -> running.plan(CEO, LocalDate.of(2026, 3, 19), agenda)).isInstanceOf(Lifecycle.IllegalTransition.class)
                .hasMessage("A SCHEDULED item cannot be scheduled: only a filed item goes on an agenda");
        // What the store refuses when a second planning read the claim before the first was written.
        assertThatThrownBy(() -> stores.meetings.save(Meeting.plan("racing", LocalDate.of(2026, 3, 19), agenda, "ceo", NOW)))
                .isInstanceOf(Lifecycle.IllegalTransition.class);
        assertThat(stores.meetingsById).hasSize(1);
        assertThat(stores.savedEvents).isEmpty();
    }

    @Test
    void aFailedMeetingWriteLeavesNothingScheduledNorAnyEventAndPlanningAgainWorks() {
        Claim claim = filedClaim();
        stores.savedEvents.clear();
        List<AgendaItem> agenda = List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id()));
        Meetings failingOnce = new Meetings() {
            boolean failed;

            @Override
            public java.util.Optional<Meeting> find(String id) {
                return stores.meetings.find(id);
            }

            @Override
            public List<Meeting> all() {
                return stores.meetings.all();
            }

            @Override
            public void save(Meeting meeting) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("the database went away");
                }
                stores.meetings.save(meeting);
            }
        };
        RunningMeetings planning = new RunningMeetings(failingOnce, stores.claims, stores.commendations, stores.policies,
                new Departments(new InMemoryDirectory()), Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("UTC"));

        assertThatThrownBy(() -> planning.plan(CEO, LocalDate.of(2026, 3, 12), agenda)).hasMessage("the database went away");
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.FILED);
        assertThat(stores.meetingsById).isEmpty();
        assertThat(stores.savedEvents).isEmpty();

        Meeting meeting = planning.plan(CEO, LocalDate.of(2026, 3, 12), agenda);
        assertThat(stores.claims.find(claim.id()).orElseThrow().lifecycle().meetingId()).isEqualTo(meeting.id());
        assertThat(stores.savedEvents).containsExactly(new MeetingEvent.Planned(meeting), new MeetingEvent.ClaimScheduled(meeting, claim.id()));
    }

    @Test
    void attendanceIsTakenAgainstEveryDepartmentsHeadAndTheClaimIsHeardWithOnePartyPresent() {
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.SCHEDULED);

        Meeting held = running.hold(CEO, meeting.id(), Set.of("production-head", "marketing-head"));

        Meeting.Record record = held.record().orElseThrow();
        assertThat(record.attendance()).containsExactly(new Head("marketing-head", "marketing"), new Head("production-head", "production"));
        assertThat(record.absentees()).containsExactly(new Head("logistics-head", "logistics"), new Head("sales-head", "sales"));
        assertThat(record.heard()).containsExactly(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id()));
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.HEARD);
    }

    @Test
    void withNeitherPartysHeadPresentTheClaimIsAdjournedAndCannotBeDecidedThere() {
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));

        Meeting held = running.hold(CEO, meeting.id(), Set.of("marketing-head"));

        assertThat(held.record().orElseThrow().adjourned()).containsExactly(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id()));
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.FILED);
        assertThatThrownBy(() -> running.decideClaim(CEO, meeting.id(), claim.id(), new RunningMeetings.ClaimVerdict(Outcome.UPHELD, null, null, null, null)))
                .isInstanceOf(Lifecycle.IllegalTransition.class)
                .hasMessageContaining("adjourned at meeting " + meeting.id());
    }

    @Test
    void aClaimIsNotDecidedBeforeTheMeetingIsHeldNorAtAMeetingItIsNotOn() {
        Claim claim = filedClaim();
        Claim other = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));
        RunningMeetings.ClaimVerdict upheld = new RunningMeetings.ClaimVerdict(Outcome.UPHELD, null, null, null, null);

        assertThatThrownBy(() -> running.decideClaim(CEO, meeting.id(), claim.id(), upheld)).isInstanceOf(Lifecycle.IllegalTransition.class)
                .hasMessage("The meeting " + meeting.id() + " is not held yet: take attendance first");
        running.hold(CEO, meeting.id(), Set.of("sales-head"));
        assertThatThrownBy(() -> running.decideClaim(CEO, meeting.id(), other.id(), upheld)).isInstanceOf(Lifecycle.IllegalTransition.class)
                .hasMessage("It is not on the agenda of meeting " + meeting.id());
        assertThat(stores.claims.find(other.id()).orElseThrow().status()).isEqualTo(ClaimStatus.FILED);
    }

    @Test
    void managementSeesTheMoneyBeforeConfirmingAndTheDecisionRecordsIt() {
        stores.policies.save(new BonusPolicy(2026, 6_000, 5_000, 4_000, "cfo", NOW));
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));
        running.hold(CEO, meeting.id(), Set.of("sales-head", "production-head"));
        RunningMeetings.ClaimVerdict verdict = new RunningMeetings.ClaimVerdict(Outcome.PARTIALLY_UPHELD, 80_000L, null, 50_000L, "Half the delay was the supplier's");

        RunningMeetings.Preview preview = running.preview(CEO, meeting.id(), claim.id(), verdict);
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).as("a preview changes nothing").isEqualTo(ClaimStatus.HEARD);
        // D = floor(80000 × 0.6) = 48000; C = min(floor(80000 × 0.5), floor(48000 × 0.4)) = min(40000, 19200)
        assertThat(preview.settlement().deduction().minorUnits()).isEqualTo(48_000);
        assertThat(preview.settlement().compensation().minorUnits()).isEqualTo(19_200);
        assertThat(preview.settlement().poolShare().minorUnits()).isEqualTo(28_800);

        Claim decided = running.decideClaim(CEO, meeting.id(), claim.id(), verdict);

        assertThat(decided.status()).isEqualTo(ClaimStatus.PARTIALLY_UPHELD);
        assertThat(decided.decision().orElseThrow().settlement()).isEqualTo(preview.settlement());
        assertThat(decided.decision().orElseThrow().planAdjustment()).isEqualTo(50_000);
        assertThat(decided.lifecycle().transitions()).extracting(t -> t.to() + "@" + t.by())
                .containsExactly("FILED@sales-head", "SCHEDULED@ceo", "HEARD@ceo", "PARTIALLY_UPHELD@ceo");
        assertThatThrownBy(() -> running.decideClaim(CEO, meeting.id(), claim.id(), verdict)).isInstanceOf(Lifecycle.IllegalTransition.class);
    }

    @Test
    void aPlanAdjustmentAboveTheRequestIsRefused() {
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));
        running.hold(CEO, meeting.id(), Set.of("sales-head"));

        assertThatThrownBy(() -> running.decideClaim(CEO, meeting.id(), claim.id(), new RunningMeetings.ClaimVerdict(Outcome.UPHELD, null, null, 100_001L, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("The plan adjustment is from 0 to the 100000 requested, and 0 for a rejected claim");
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.HEARD);
    }

    @Test
    void aCommendationGoesTheSameWayAndIsApprovedWithTheAmountGranted() {
        CurrentUser marketingHead = new CurrentUser("marketing-head", "M", "marketing", "DIVISION_HEAD", Set.of(Role.DEPARTMENT_HEAD));
        assertThatThrownBy(() -> petitions.file(new FilingCommendations.FileCommand(marketingHead, "sales", "production", "help", "RUB", 1, null)))
                .isInstanceOf(NotAllowed.class);
        Commendation commendation = petitions.file(new FilingCommendations.FileCommand(marketingHead, "marketing", "production",
                "Sewed the exhibition pieces in four days", "RUB", 50_000, "Letter of thanks"));
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.COMMENDATION, commendation.id())));
        running.hold(CEO, meeting.id(), Set.of("production-head"));

        Commendation decided = running.decideCommendation(CEO, meeting.id(), commendation.id(), Commendation.Outcome.APPROVED, 40_000L);

        assertThat(decided.status()).isEqualTo(CommendationStatus.APPROVED);
        assertThat(decided.decision().orElseThrow().granted().minorUnits()).isEqualTo(40_000);
    }

    @Test
    void attendanceNamingSomeoneWhoIsNotAHeadIsRefusedAndNothingIsHeard() {
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));

        assertThatThrownBy(() -> running.hold(CEO, meeting.id(), Set.of("sales-clerk"))).isInstanceOf(RuleViolation.class)
                .hasMessage("sales-clerk is not the head of a department in the directory");
        assertThat(stores.meetingsById.get(meeting.id()).status()).isEqualTo(Meeting.Status.PLANNED);
        assertThat(stores.claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.SCHEDULED);
    }

    @Test
    void aDecisionPostsItsEntriesToTheLedgerTraceableToItAndItsMeetingAndOnlyManagementReversesItOnce() {
        stores.policies.save(new BonusPolicy(2026, 6_000, 5_000, 4_000, "cfo", NOW));
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));
        running.hold(CEO, meeting.id(), Set.of("sales-head"));
        Claim decided = running.decideClaim(CEO, meeting.id(), claim.id(), new RunningMeetings.ClaimVerdict(Outcome.UPHELD, null, null, null, null));
        BonusDecision posted = decided.decision().orElseThrow().ledger();

        assertThat(posted.meetingId()).isEqualTo(meeting.id());
        assertThat(posted.subject().id()).isEqualTo(claim.id());
        assertThat(posted.period()).isEqualTo(java.time.YearMonth.of(2026, 3));
        // S = 100 000: D = 60 000, C = min(50 000, 24 000) = 24 000, pool 36 000
        assertThat(ledger.statement(CEO, "production", 2026).balance()).containsExactly(Money.of(-60_000, "RUB"));
        assertThat(ledger.statement(SALES_HEAD, "sales", 2026).balance()).containsExactly(Money.of(24_000, "RUB"));
        assertThat(ledger.statement(SALES_HEAD, "annual-pool", 2026).balance()).containsExactly(Money.of(36_000, "RUB"));
        assertThatThrownBy(() -> ledger.statement(SALES_HEAD, "production", 2026)).as("another department's account")
                .isInstanceOf(org.atelier.claims.common.NotFound.class);
        assertThatThrownBy(() -> ledger.statement(SALES_HEAD, "company-fund", 2026)).isInstanceOf(org.atelier.claims.common.NotFound.class);
        assertThat(ledger.accounts(SALES_HEAD)).containsExactly("sales", "annual-pool");

        assertThatThrownBy(() -> ledger.reverse(SALES_HEAD, posted.decisionId(), "wrong")).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> ledger.reverse(CEO, posted.decisionId(), " ")).isInstanceOf(RuleViolation.class);
        assertThat(stores.reversalsByReversed).isEmpty();
        BonusDecision reversal = ledger.reverse(CEO, posted.decisionId(), "The customer moved the delivery date");

        assertThat(reversal.reverses()).isEqualTo(posted.decisionId());
        assertThat(stores.claimsById.get(claim.id()).decision().orElseThrow().ledger()).as("the original stays as it was").isEqualTo(posted);
        for (String account : List.of("production", "sales", "annual-pool")) {
            AccountStatement statement = ledger.statement(CEO, account, 2026);
            assertThat(statement.lines()).as(account).hasSize(2);
            assertThat(statement.balance()).as(account).containsExactly(Money.of(0, "RUB"));
        }
        assertThat(ledger.decision(CEO, posted.decisionId()).reversedBy()).contains(reversal);
        assertThatThrownBy(() -> ledger.reverse(CEO, posted.decisionId(), "again")).isInstanceOf(Lifecycle.IllegalTransition.class)
                .hasMessageContaining("reversed already");
        assertThatThrownBy(() -> ledger.reverse(CEO, reversal.decisionId(), "undo")).isInstanceOf(Lifecycle.IllegalTransition.class);
    }

    @Test
    void anApprovedCommendationIsCreditedToTheCommendedDepartmentFromTheCompanyFundAndARejectedClaimMovesNothing() {
        CurrentUser marketingHead = new CurrentUser("marketing-head", "M", "marketing", "DIVISION_HEAD", Set.of(Role.DEPARTMENT_HEAD));
        Commendation commendation = petitions.file(new FilingCommendations.FileCommand(marketingHead, "marketing", "production",
                "Sewed the exhibition pieces in four days", "RUB", 50_000, null));
        Claim claim = filedClaim();
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(new AgendaItem(AgendaItem.Kind.COMMENDATION, commendation.id()),
                new AgendaItem(AgendaItem.Kind.CLAIM, claim.id())));
        running.hold(CEO, meeting.id(), Set.of("production-head"));

        Commendation approved = running.decideCommendation(CEO, meeting.id(), commendation.id(), Commendation.Outcome.APPROVED, 40_000L);
        Claim rejected = running.decideClaim(CEO, meeting.id(), claim.id(), new RunningMeetings.ClaimVerdict(Outcome.REJECTED, null, null, null, null));

        assertThat(approved.decision().orElseThrow().ledger().entries()).extracting(e -> e.kind() + " " + e.account() + " " + e.amount().minorUnits())
                .containsExactly("COMMENDATION_CREDIT production 40000", "COMMENDATION_FUNDING company-fund -40000");
        assertThat(ledger.statement(CEO, "company-fund", 2026).balance()).containsExactly(Money.of(-40_000, "RUB"));
        assertThat(rejected.decision().orElseThrow().ledger().entries()).isEmpty();
        String rejectedDecision = rejected.decision().orElseThrow().decisionId();
        assertThatThrownBy(() -> ledger.reverse(CEO, rejectedDecision, "nothing")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("moved no money");
    }

    @Test
    void managementRecordsTheMinutesOfAnItemHeardAndOnlyThereAndOnlyManagement() {
        Claim claim = filedClaim();
        Claim other = filedClaim();
        AgendaItem item = new AgendaItem(AgendaItem.Kind.CLAIM, claim.id());
        Meeting meeting = running.plan(CEO, LocalDate.of(2026, 3, 12), List.of(item));
        AgendaItem notOnIt = new AgendaItem(AgendaItem.Kind.CLAIM, other.id());

        assertThatThrownBy(() -> running.recordMinutes(CEO, meeting.id(), item, "Late", null, null)).as("before attendance")
                .isInstanceOf(Lifecycle.IllegalTransition.class);
        running.hold(CEO, meeting.id(), Set.of("sales-head"));
        assertThatThrownBy(() -> running.recordMinutes(SALES_HEAD, meeting.id(), item, "Late", null, null)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> running.recordMinutes(CEO, meeting.id(), notOnIt, "Late", null, null))
                .isInstanceOf(Lifecycle.IllegalTransition.class);
        assertThatThrownBy(() -> running.recordMinutes(CEO, meeting.id(), item, " ", "x", "y")).isInstanceOf(RuleViolation.class);

        running.recordMinutes(CEO, meeting.id(), item, "Delivered 12 days late", "The supplier was late", "The customer cancelled");

        Meeting.Minutes minutes = stores.meetingsById.get(meeting.id()).minutes().get(item);
        assertThat(minutes.claimantCase()).isEqualTo("Delivered 12 days late");
        assertThat(minutes.respondentAnswer()).isEqualTo("The supplier was late");
        assertThat(minutes.consequences()).isEqualTo("The customer cancelled");
        assertThat(minutes.recordedBy()).isEqualTo("ceo");
    }
}
