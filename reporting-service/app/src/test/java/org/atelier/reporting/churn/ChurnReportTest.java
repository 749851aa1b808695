package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnReportTest {

    @Test
    void countsLossesByPrimaryReasonAnyReasonDepartmentAndCompetitor() {
        List<LostCustomer> losses = List.of(
                loss("1", true, "Rival", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE", "PRICE_AND_DISCOUNTS"), List.of("logistics", "sales")),
                loss("2", true, "Rival", "PRICE_AND_DISCOUNTS", List.of("PRICE_AND_DISCOUNTS"), List.of()),
                loss("3", false, "Other", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("logistics")));

        ChurnReport report = ChurnReport.of(2026, losses);

        assertThat(report.lostCustomers()).isEqualTo(3);
        assertThat(report.lostKeyCustomers()).isEqualTo(2);
        assertThat(report.byPrimaryReason()).containsEntry("STAFF_ATTITUDE", 2).containsEntry("PRICE_AND_DISCOUNTS", 1)
                .containsEntry("LOGISTICS", 0).hasSize(7);
        assertThat(report.byReason()).containsEntry("PRICE_AND_DISCOUNTS", 2).containsEntry("STAFF_ATTITUDE", 2);
        assertThat(report.byDepartmentAtFault()).containsExactly(java.util.Map.entry("logistics", 2), java.util.Map.entry("sales", 1));
        assertThat(report.byCompetitor()).containsExactly(java.util.Map.entry("Rival", 2), java.util.Map.entry("Other", 1));
        assertThat(report.staffAttitudeShare()).isEqualTo(0.667);
    }

    @Test
    void anEmptyYearHasZeroesEverywhereAndNoShare() {
        ChurnReport report = ChurnReport.of(2020, List.of());

        assertThat(report.lostCustomers()).isZero();
        assertThat(report.byPrimaryReason().values()).containsOnly(0);
        assertThat(report.byDepartmentAtFault()).isEmpty();
        assertThat(report.staffAttitudeShare()).isZero();
    }

    private static LostCustomer loss(String id, boolean key, String competitor, String primary, List<String> reasons, List<String> departments) {
        return new LostCustomer(id, "customer-" + id, "Customer " + id, key, competitor, LocalDate.of(2026, 5, 1), primary, reasons, departments);
    }
}
