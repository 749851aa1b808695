package org.atelier.reporting.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.reporting.matrix.Level.COMMERCIAL_STAFF;
import static org.atelier.reporting.matrix.Level.DIVISION_HEAD;
import static org.atelier.reporting.matrix.Level.TOP_MANAGEMENT;
import static org.atelier.reporting.matrix.MatrixFixtures.all;
import static org.atelier.reporting.matrix.MatrixFixtures.campaign;
import static org.atelier.reporting.matrix.MatrixFixtures.response;
import static org.atelier.reporting.matrix.MatrixFixtures.times;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.atelier.reporting.matrix.TaskCoverage.Flag;
import org.junit.jupiter.api.Test;

class MatrixReportTest {

    private static final Campaign SPRING = campaign("c-2", "2026-05-04T08:00:00Z", "delivery:LOGISTICS", "complaints:STAFF_ATTITUDE");
    private static final MatrixRules RULES = MatrixRules.DEFAULTS;

    @Test
    void sharesAreCountsOverRespondentsInBasisPointsRoundedDownWithOwnerCountsAndTheConsensusOwner() {
        List<Response> responses = List.of(
                response(COMMERCIAL_STAFF, "sales", "delivery/logistics=R delivery/sales=P"),
                response(COMMERCIAL_STAFF, "sales", "delivery/logistics=R delivery/sales=R"),
                response(COMMERCIAL_STAFF, "sales", ""));

        TaskCoverage delivery = report(responses).tasks().get(0);

        // n = 3. logistics: R 2 → 2 × 10 000 / 3 = 6 666.67 → 6 666. sales: R 1 → 3 333, P 1 → 3 333. production: 0.
        assertThat(delivery.cells()).containsExactly(
                new TaskCoverage.Cell("logistics", 2, 0, 6_666, 0),
                new TaskCoverage.Cell("production", 0, 0, 0, 0),
                new TaskCoverage.Cell("sales", 1, 1, 3_333, 3_333));
        // Owners marked per respondent: 1 (logistics), 2 (logistics, sales), 0.
        assertThat(delivery.ownerCounts()).isEqualTo(new TaskCoverage.OwnerCounts(1, 1, 1));
        assertThat(delivery.consensusOwner()).isEqualTo("logistics");
        assertThat(delivery.consensusShareBp()).isEqualTo(6_666);
        // 6 666 > 5 000: not ownerless; logistics 66 % and sales 33 % both ≥ 25 %: contested.
        assertThat(delivery.flags()).containsExactly(Flag.CONTESTED);
        // Nobody marked anyone R on complaints: no owner, no share, ownerless.
        TaskCoverage complaints = report(responses).tasks().get(1);
        assertThat(complaints.consensusOwners()).isEmpty();
        assertThat(complaints.consensusShareBp()).isNull();
        assertThat(complaints.flags()).containsExactly(Flag.OWNERLESS);
    }

    @Test
    void aTieForTheHighestRShareListsEveryTiedDepartmentAndNamesNoSingleOwner() {
        // n = 4: logistics R 2, sales R 2 → 5 000 each, a tie.
        List<Response> responses = all(times(2, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(2, COMMERCIAL_STAFF, "sales", "delivery/sales=R"));

        TaskCoverage delivery = report(responses).tasks().get(0);

        assertThat(delivery.consensusOwners()).containsExactly("logistics", "sales");
        assertThat(delivery.consensusOwner()).isNull();
        assertThat(delivery.consensusShareBp()).isEqualTo(5_000);
    }

    @Test
    void ownerlessAtFiftyPercentButNotJustAbove() {
        // n = 10: logistics R 5 → exactly 50 %, not above → OWNERLESS.
        assertThat(deliveryFlags(all(times(5, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(5, COMMERCIAL_STAFF, "sales", "")))).contains(Flag.OWNERLESS);
        // n = 10: logistics R 6 → 60 % > 50 % → an owner.
        assertThat(deliveryFlags(all(times(6, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(4, COMMERCIAL_STAFF, "sales", "")))).doesNotContain(Flag.OWNERLESS);
    }

    @Test
    void ownerlessIsJudgedOnTheCountsNotOnTheRoundedShare() {
        // n = 10 001: logistics R 5 001 → 5 001 × 10 000 / 10 001 = 5 000.49… → shown as 5 000 bp, yet 5 001 / 10 001 > 1/2
        // (5 001 × 10 000 = 50 010 000 > 5 000 × 10 001 = 50 005 000): not ownerless.
        List<Response> responses = all(times(5_001, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(5_000, COMMERCIAL_STAFF, "sales", ""));

        TaskCoverage delivery = report(responses).tasks().get(0);

        assertThat(delivery.consensusShareBp()).isEqualTo(5_000);
        assertThat(delivery.flags()).doesNotContain(Flag.OWNERLESS);
    }

    @Test
    void contestedWhenTwoDepartmentsReachAQuarterButNotWhenOneIsJustBelow() {
        // n = 12: logistics R 3 and sales R 3 → 3 / 12 = 25 % each, at the threshold → CONTESTED.
        assertThat(deliveryFlags(all(times(3, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(3, COMMERCIAL_STAFF, "sales", "delivery/sales=R"), times(6, COMMERCIAL_STAFF, "sales", ""))))
                .contains(Flag.CONTESTED);
        // n = 13: the same 3 and 3 → 3 / 13 = 23.1 % each, below → not contested.
        assertThat(deliveryFlags(all(times(3, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(3, COMMERCIAL_STAFF, "sales", "delivery/sales=R"), times(7, COMMERCIAL_STAFF, "sales", ""))))
                .doesNotContain(Flag.CONTESTED);
    }

    @Test
    void aBlindSpotNeedsThreeOwnRespondentsHalfOfTheOthersNamingItAndUnderAFifthOfItsOwn() {
        // Production: own respondents, others (sales) naming production P on delivery.
        // own 5 naming 0 (0 % < 20 %), others 4 naming 2 (50 % ≥ 50 %) → blind spot.
        assertThat(blindSpots(5, 0, 4, 2)).containsExactly("production");
        // others 4 naming 1 → 25 % < 50 % → none.
        assertThat(blindSpots(5, 0, 4, 1)).isEmpty();
        // own 5 naming 1 → 20 %, not below 20 % → none.
        assertThat(blindSpots(5, 1, 4, 4)).isEmpty();
        // own 6 naming 1 → 16.7 % < 20 % → blind spot.
        assertThat(blindSpots(6, 1, 4, 4)).containsExactly("production");
        // own 2 → under the anonymity threshold of 3 → none; own 3 → blind spot.
        assertThat(blindSpots(2, 0, 4, 4)).isEmpty();
        assertThat(blindSpots(3, 0, 4, 4)).containsExactly("production");
    }

    @Test
    void smallGroupsJoinTheOthersOfTheirLevelAndTotalsStillCountThem() {
        List<Response> responses = all(
                times(3, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(2, COMMERCIAL_STAFF, "logistics", "delivery/logistics=R"),
                times(1, COMMERCIAL_STAFF, "production", "delivery/production=R"),
                times(1, TOP_MANAGEMENT, "sales", "delivery/sales=R"));

        MatrixReport report = report(responses);

        // Totals count everyone: 3 + 2 + 1 + 1 = 7; the top manager's R on sales is in the shares (1 / 7 = 1 428 bp).
        assertThat(report.respondents()).isEqualTo(7);
        assertThat(report.tasks().get(0).cells()).contains(new TaskCoverage.Cell("sales", 1, 0, 1_428, 0));
        // Commercial staff: sales (3) on its own; logistics (2) and production (1) only together, as 3 "others".
        // Top management: sales (1) is an "others" group of 1, itself under the threshold: counts only.
        assertThat(report.groups()).extracting(MatrixReport.Group::level, MatrixReport.Group::department, MatrixReport.Group::others,
                        MatrixReport.Group::respondents, MatrixReport.Group::withheld)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TOP_MANAGEMENT, null, true, 1, true),
                        org.assertj.core.groups.Tuple.tuple(COMMERCIAL_STAFF, "sales", false, 3, false),
                        org.assertj.core.groups.Tuple.tuple(COMMERCIAL_STAFF, null, true, 3, false));
        MatrixReport.Group others = report.groups().get(2);
        // Others: logistics R from 2, production R from 1, of 3 → 6 666 and 3 333.
        assertThat(others.tasks().get(0).cells()).contains(new TaskCoverage.Cell("logistics", 2, 0, 6_666, 0),
                new TaskCoverage.Cell("production", 1, 0, 3_333, 0));
        assertThat(report.groups().get(0).tasks()).isEmpty();

        // The top management's view alone has 1 respondent: counts only, no cells.
        MatrixReport top = MatrixReport.of(new MatrixReport.Round(SPRING, responses), Optional.empty(), Optional.of(TOP_MANAGEMENT), RULES);
        assertThat(top.respondents()).isEqualTo(1);
        assertThat(top.withheld()).isTrue();
        assertThat(top.tasks()).isEmpty();
        assertThat(top.respondentsByLevel()).containsEntry(TOP_MANAGEMENT, 1).containsEntry(COMMERCIAL_STAFF, 6).containsEntry(DIVISION_HEAD, 0);
    }

    @Test
    void alphaBetweenLevelsTakesEachLevelsModalMarkWithTiesGoingToRThenP() {
        Campaign campaign = campaign("c-1", "2026-05-04T08:00:00Z", "delivery");
        // Cells (units): delivery/sales and delivery/logistics (production left empty by everyone).
        List<Response> responses = List.of(
                response(TOP_MANAGEMENT, "sales", "delivery/sales=R"),
                response(TOP_MANAGEMENT, "sales", "delivery/sales=R"),
                response(DIVISION_HEAD, "logistics", "delivery/sales=R delivery/logistics=P"),
                response(DIVISION_HEAD, "logistics", "delivery/sales=R delivery/logistics=P"),
                response(DIVISION_HEAD, "logistics", "delivery/sales=P"),
                response(COMMERCIAL_STAFF, "sales", "delivery/sales=P delivery/logistics=P"),
                response(COMMERCIAL_STAFF, "sales", "delivery/sales=R"));

        MatrixReport.Agreement agreement = MatrixReport.of(new MatrixReport.Round(campaign, responses), Optional.empty(), Optional.empty(), RULES)
                .agreement();

        // Modal marks: top — sales R (2 of 2), logistics none, production none.
        //   division heads — sales R (2 of 3), logistics P (2 of 3), production none.
        //   commercial staff — sales P/R tie → R, logistics P/none tie → P, production none.
        // Units: sales {R,R,R} → 0; logistics {none,P,P} → (9 − 5) / 2 = 2; production {none,none,none} → 0. Σ = 2.
        // Totals: R 3, P 2, none 4; n = 9; Σ_{c≠k} n_c n_k = 81 − (9 + 4 + 16) = 52. α = 1 − 8 · 2 / 52 = 0.6923… → 0.692.
        assertThat(agreement.betweenLevels()).isEqualTo(new MatrixReport.Alpha(0.692, 3));
        // Top management agree on every cell (sales R, the rest none) and the values vary: α = 1.
        assertThat(agreement.perLevel().get(TOP_MANAGEMENT)).isEqualTo(new MatrixReport.Alpha(1.0, 2));
        // Overall, 7 coders: sales {R,R,R,R,P,P,R} → R 5, P 2: (49 − 29) / 6 = 3.333…;
        //   logistics {none,none,P,P,none,P,none} → P 3, none 4: (49 − 25) / 6 = 4; production all none → 0. Σ = 7.333…
        //   Totals: R 5, P 5, none 11; n = 21; Σ_{c≠k} = 441 − (25 + 25 + 121) = 270. α = 1 − 20 · 7.333… / 270 = 0.4567… → 0.457.
        assertThat(agreement.overall()).isEqualTo(new MatrixReport.Alpha(0.457, 7));
    }

    @Test
    void theModalMarkOfALevelBreaksTiesRBeforePBeforeNone() {
        assertThat(MatrixReport.modalMark(List.of(response(TOP_MANAGEMENT, "sales", "delivery/sales=P"),
                response(TOP_MANAGEMENT, "sales", "delivery/sales=R")), "delivery", "sales")).isEqualTo(Mark.R);
        assertThat(MatrixReport.modalMark(List.of(response(TOP_MANAGEMENT, "sales", "delivery/sales=P"),
                response(TOP_MANAGEMENT, "sales", "")), "delivery", "sales")).isEqualTo(Mark.P);
        assertThat(MatrixReport.modalMark(List.of(response(TOP_MANAGEMENT, "sales", ""),
                response(TOP_MANAGEMENT, "sales", ""), response(TOP_MANAGEMENT, "sales", "delivery/sales=R")), "delivery", "sales"))
                .isEqualTo(Mark.NONE);
    }

    @Test
    void theChangeSinceThePreviousCampaignShowsEachTasksOwnerShareAndFlagsThenAndNow() {
        Campaign autumn = campaign("c-1", "2025-10-01T08:00:00Z", "delivery", "pricing");
        // Then, n = 4: sales R 4 on delivery → 10 000, no flags; pricing: nobody R → ownerless.
        List<Response> then = times(4, COMMERCIAL_STAFF, "sales", "delivery/sales=R");
        // Now, n = 4: logistics R 2, sales R 2 → a tie at 5 000: ownerless and contested.
        List<Response> now = all(times(2, COMMERCIAL_STAFF, "sales", "delivery/logistics=R"),
                times(2, COMMERCIAL_STAFF, "sales", "delivery/sales=R"));

        MatrixReport.Change change = MatrixReport.of(new MatrixReport.Round(SPRING, now), Optional.of(new MatrixReport.Round(autumn, then)),
                Optional.empty(), RULES).change();

        assertThat(change.previous().campaignId()).isEqualTo("c-1");
        assertThat(change.previousRespondents()).isEqualTo(4);
        assertThat(change.tasks()).containsExactly(
                new MatrixReport.TaskChange("delivery", new MatrixReport.Snapshot(List.of("sales"), 10_000, List.of()),
                        new MatrixReport.Snapshot(List.of("logistics", "sales"), 5_000, List.of(Flag.OWNERLESS, Flag.CONTESTED))),
                new MatrixReport.TaskChange("complaints", null, new MatrixReport.Snapshot(List.of(), null, List.of(Flag.OWNERLESS))),
                new MatrixReport.TaskChange("pricing", new MatrixReport.Snapshot(List.of(), null, List.of(Flag.OWNERLESS)), null));
    }

    @Test
    void thePreviousCampaignIsTheLatestOpenedBeforeAndTheLatestClosedIsTheLatestOpenedOfTheClosed() {
        Campaign january = campaign("c-a", "2026-01-10T08:00:00Z", "delivery");
        Campaign march = campaign("c-b", "2026-03-10T08:00:00Z", "delivery");
        Campaign may = campaign("c-c", "2026-05-10T08:00:00Z", "delivery");
        // January closed after March did; May is still open. May's opening was delivered twice.
        MatrixHistory history = MatrixHistory.of(List.of(may, january, march, may), List.of(
                new MatrixFacts.ClosingFact("c-a", new Campaign.Closing(Instant.parse("2026-06-01T00:00:00Z"), "HAND")),
                new MatrixFacts.ClosingFact("c-b", new Campaign.Closing(Instant.parse("2026-04-01T00:00:00Z"), "END_DATE"))));

        assertThat(history.campaigns()).extracting(Campaign::campaignId).containsExactly("c-a", "c-b", "c-c");
        assertThat(history.previous(may)).map(Campaign::campaignId).hasValue("c-b");
        assertThat(history.previous(january)).isEmpty();
        // March was opened after January, so it is the latest closed campaign although January closed later.
        assertThat(history.latestClosed()).map(Campaign::campaignId).hasValue("c-b");
        assertThat(history.campaign("c-c")).map(Campaign::state).hasValue(Campaign.State.OPEN);
        assertThat(history.campaign("c-a")).map(Campaign::state).hasValue(Campaign.State.CLOSED);
    }

    @Test
    void aResponseDeliveredTwiceUnderTwoEventIdsCountsOnce() {
        Response once = response(COMMERCIAL_STAFF, "sales", "delivery/sales=R");

        assertThat(MatrixHistory.distinct(List.of(once, once))).hasSize(1);
        assertThat(MatrixHistory.responseCounts(List.of(new MatrixFacts.ResponseRef("c-1", "x"), new MatrixFacts.ResponseRef("c-1", "x"),
                new MatrixFacts.ResponseRef("c-1", "y")))).containsEntry("c-1", 2);
    }

    private static MatrixReport report(List<Response> responses) {
        return MatrixReport.of(new MatrixReport.Round(SPRING, responses), Optional.empty(), Optional.empty(), RULES);
    }

    private static List<Flag> deliveryFlags(List<Response> responses) {
        return report(responses).tasks().get(0).flags();
    }

    private static List<String> blindSpots(int own, int ownNaming, int others, int othersNaming) {
        List<Response> responses = all(
                times(ownNaming, COMMERCIAL_STAFF, "production", "delivery/production=P"),
                times(own - ownNaming, COMMERCIAL_STAFF, "production", ""),
                times(othersNaming, COMMERCIAL_STAFF, "sales", "delivery/production=P"),
                times(others - othersNaming, COMMERCIAL_STAFF, "sales", ""));
        return report(responses).tasks().get(0).blindSpots();
    }
}
