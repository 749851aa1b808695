package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChurnReportTest {

    private static final Instant RECORDED = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    void countsLossesBySignificancePrimaryReasonAnyReasonDepartmentAndCompetitor() {
        List<LostCustomer> losses = List.of(
                loss("1", "KEY", "Rival", "2026-02-10", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE", "PRICE_AND_DISCOUNTS"), List.of("logistics", "sales")),
                loss("2", "KEY", "Rival", "2026-05-01", "PRICE_AND_DISCOUNTS", List.of("PRICE_AND_DISCOUNTS"), List.of()),
                loss("3", "REGULAR", "Other", "2026-11-30", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("logistics")));

        ChurnReport report = ChurnReport.of(ChurnPeriod.year(2026), losses);

        assertThat(report.lostCustomers()).isEqualTo(3);
        assertThat(report.lostKeyCustomers()).isEqualTo(2);
        assertThat(report.bySignificance()).containsExactly(Map.entry("KEY", 2), Map.entry("REGULAR", 1));
        assertThat(report.byPrimaryReason()).containsEntry("STAFF_ATTITUDE", 2).containsEntry("PRICE_AND_DISCOUNTS", 1)
                .containsEntry("LOGISTICS", 0).hasSize(7);
        assertThat(report.byReason()).containsEntry("PRICE_AND_DISCOUNTS", 2).containsEntry("STAFF_ATTITUDE", 2);
        assertThat(report.byDepartmentAtFault()).containsExactly(Map.entry("logistics", 2), Map.entry("sales", 1));
        assertThat(report.byCompetitor()).containsExactly(Map.entry("Rival", 2), Map.entry("Other", 1));
    }

    @Test
    void theStaffAttitudeShareIsShownBothWaysForKeyCustomersAndForAllInBasisPointsRoundedDown() {
        List<LostCustomer> losses = List.of(
                // Key: 3 losses; staff attitude named by 2 of them (6 666.67 bp → 6 666), primary in 1 (3 333.33 → 3 333).
                loss("1", "KEY", "Rival", "2026-01-10", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("sales")),
                loss("2", "KEY", "Rival", "2026-02-10", "LOGISTICS", List.of("LOGISTICS", "STAFF_ATTITUDE"), List.of("logistics")),
                loss("3", "KEY", "Rival", "2026-03-10", "ASSORTMENT", List.of("ASSORTMENT"), List.of()),
                // All: 4 losses; named by 3 (7 500 bp), primary in 2 (5 000 bp).
                loss("4", "REGULAR", "Rival", "2026-04-10", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("sales")));

        ChurnReport.StaffAttitude staff = ChurnReport.of(ChurnPeriod.year(2026), losses).staffAttitude();

        assertThat(staff.keyCustomers()).isEqualTo(new ChurnReport.Share(3, 2, 1, 6_666, 3_333));
        assertThat(staff.allCustomers()).isEqualTo(new ChurnReport.Share(4, 3, 2, 7_500, 5_000));
        assertThat(staff.benchmark()).isEqualTo(new ChurnReport.Benchmark(2_700, 3_500));
    }

    @Test
    void aQuarterCountsTheLossesDatedInItAndASignificanceFilterTheLossesRecordedWithIt() {
        List<LostCustomer> losses = List.of(
                loss("1", "KEY", "Rival", "2026-03-31", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("sales")),
                loss("2", "KEY", "Rival", "2026-04-01", "LOGISTICS", List.of("LOGISTICS"), List.of()),
                loss("3", "REGULAR", "Rival", "2026-06-30", "LOGISTICS", List.of("LOGISTICS"), List.of()));

        ChurnReport first = ChurnReport.of(new ChurnPeriod(2026, Optional.of(1), Optional.empty()), losses);
        ChurnReport secondKey = ChurnReport.of(new ChurnPeriod(2026, Optional.of(2), Optional.of("KEY")), losses);

        assertThat(first.quarter()).isEqualTo(1);
        assertThat(first.lostCustomers()).isEqualTo(1);
        assertThat(secondKey.lostCustomers()).isEqualTo(1);
        assertThat(secondKey.significance()).isEqualTo("KEY");
        assertThat(secondKey.byPrimaryReason()).containsEntry("LOGISTICS", 1);
    }

    @Test
    void anEmptyPeriodHasZeroesEverywhereAndNoShareRatherThanAZeroShare() {
        ChurnReport report = ChurnReport.of(ChurnPeriod.year(2020), List.of());

        assertThat(report.lostCustomers()).isZero();
        assertThat(report.byPrimaryReason().values()).containsOnly(0);
        assertThat(report.byDepartmentAtFault()).isEmpty();
        assertThat(report.staffAttitude().allCustomers()).isEqualTo(new ChurnReport.Share(0, 0, 0, null, null));
    }

    @Test
    void aWithdrawalCancelsTheLossOfThatCustomerAndDateRecordedBeforeItNotALaterOne() {
        LostCustomer loss = loss("1", "KEY", "Rival", "2026-03-14", "LOGISTICS", List.of("LOGISTICS"), List.of());
        WithdrawnLoss withdrawal = new WithdrawnLoss("w", loss.customerId(), loss.lostOn(), RECORDED.plusSeconds(60));

        assertThat(loss.cancelledBy(withdrawal)).isTrue();
        assertThat(loss.cancelledBy(new WithdrawnLoss("w", "another", loss.lostOn(), RECORDED.plusSeconds(60)))).isFalse();
        assertThat(loss.cancelledBy(new WithdrawnLoss("w", loss.customerId(), loss.lostOn().plusDays(1), RECORDED.plusSeconds(60)))).isFalse();
        assertThat(loss.cancelledBy(new WithdrawnLoss("w", loss.customerId(), loss.lostOn(), RECORDED.minusSeconds(60))))
                .as("recorded again after an earlier withdrawal").isFalse();
    }

    @Test
    void aPeriodOutsideTheCalendarIsRefused() {
        assertThatThrownBy(() -> new ChurnPeriod(2026, Optional.of(5), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChurnPeriod(2026, Optional.empty(), Optional.of("VIP"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChurnPeriod.year(1200)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LostCustomer loss(String id, String significance, String competitor, String lostOn, String primary,
                                     List<String> reasons, List<String> departments) {
        return new LostCustomer(id, "customer-" + id, "Customer " + id, significance, competitor, LocalDate.parse(lostOn), primary,
                reasons, departments, RECORDED);
    }
}
