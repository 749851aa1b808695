package org.atelier.reporting.suit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atelier.reporting.matrix.Level.COMMERCIAL_STAFF;
import static org.atelier.reporting.matrix.MatrixFixtures.campaign;
import static org.atelier.reporting.matrix.MatrixFixtures.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.MatrixReport;
import org.atelier.reporting.matrix.MatrixRules;
import org.atelier.reporting.matrix.Response;
import org.atelier.reporting.matrix.TaskCoverage.Flag;
import org.atelier.reporting.suit.WhoSewedTheSuitReport.DepartmentAtFault;
import org.atelier.reporting.suit.WhoSewedTheSuitReport.NamedAtFault;
import org.atelier.reporting.suit.WhoSewedTheSuitReport.ReasonView;
import org.atelier.reporting.table.ReportTable;
import org.junit.jupiter.api.Test;

class WhoSewedTheSuitReportTest {

    private static final Instant RECORDED = Instant.parse("2026-07-01T09:00:00Z");
    private static final Campaign SPRING = campaign("c-1", "2026-03-01T08:00:00Z", "delivery:LOGISTICS,CONTRACT_FULFILMENT",
            "complaints:STAFF_ATTITUDE", "pricing:PRICE_AND_DISCOUNTS")
            .closedWith(new Campaign.Closing(Instant.parse("2026-03-31T00:05:00Z"), "END_DATE"));

    /**
     * n = 5. delivery: logistics R 3 (6 000), sales R 1 (2 000) and P 1 (2 000), production nothing.
     * complaints: sales R 5 (10 000), logistics P 1 (2 000). pricing: sales R 1 (2 000) → OWNERLESS.
     */
    private static List<Response> fiveResponses() {
        return List.of(
                response(COMMERCIAL_STAFF, "sales", "delivery/logistics=R complaints/sales=R complaints/logistics=P"),
                response(COMMERCIAL_STAFF, "sales", "delivery/logistics=R complaints/sales=R"),
                response(COMMERCIAL_STAFF, "sales", "delivery/logistics=R delivery/sales=P complaints/sales=R"),
                response(COMMERCIAL_STAFF, "sales", "delivery/sales=R complaints/sales=R"),
                response(COMMERCIAL_STAFF, "sales", "complaints/sales=R pricing/sales=R"));
    }

    private static final List<LostCustomer> LOSSES = List.of(
            loss("L1", "A", "2026-04-10", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE", "LOGISTICS"), List.of("logistics", "production")),
            loss("L2", "B", "2026-05-03", "LOGISTICS", List.of("LOGISTICS"), List.of()),
            loss("L3", "C", "2026-06-20", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("sales")),
            // First quarter: outside the second.
            loss("L4", "D", "2026-02-01", "STAFF_ATTITUDE", List.of("STAFF_ATTITUDE"), List.of("production")));

    private static final List<InterviewFact> INTERVIEWS = List.of(
            completed("case-a", "A", "2026-04-10", List.of("STAFF_ATTITUDE"), List.of("production")),
            completed("case-d", "D", "2026-02-01", List.of("STAFF_ATTITUDE"), List.of("production")),
            // No counted loss of Z on that day (withdrawn, say): not the period's.
            completed("case-z", "Z", "2026-05-05", List.of("STAFF_ATTITUDE"), List.of("logistics")));

    @Test
    void perReasonTheLinkedTasksWhomTheMatrixHoldsResponsibleAndTheDepartmentsItForgot() {
        WhoSewedTheSuitReport report = WhoSewedTheSuitReport.of(2026, Optional.of(2), LOSSES, INTERVIEWS,
                Optional.of(new MatrixReport.Round(SPRING, fiveResponses())), MatrixRules.DEFAULTS);

        // Q2: L1, L2, L3; A's interview is the only one of those losses.
        assertThat(report.losses()).isEqualTo(3);
        assertThat(report.interviews()).isEqualTo(1);
        assertThat(report.campaign().campaignId()).isEqualTo("c-1");
        assertThat(report.reasons()).extracting(ReasonView::reason).containsExactly("PRICE_AND_DISCOUNTS", "PAYMENT_TERMS", "ASSORTMENT",
                "LOGISTICS", "PRODUCT_QUALITY", "CONTRACT_FULFILMENT", "STAFF_ATTITUDE");

        // Staff attitude: named by L1 and L3, and by A's interview. Linked task: complaints (sales 10 000, no flags).
        ReasonView staff = reason(report, "STAFF_ATTITUDE");
        assertThat(staff.losses()).isEqualTo(2);
        assertThat(staff.interviews()).isEqualTo(1);
        assertThat(staff.tasks()).singleElement().satisfies(task -> {
            assertThat(task.task()).isEqualTo("complaints");
            assertThat(task.consensusOwner()).isEqualTo("sales");
            assertThat(task.consensusShareBp()).isEqualTo(10_000);
            assertThat(task.flags()).isEmpty();
        });
        // production: L1 + A's interview = 2, on complaints R 0 and P 0 → forgotten.
        // logistics: L1; P 1 of 5 = 20 %, which reaches 20 % → not forgotten. sales: L3; R 100 % → not forgotten.
        assertThat(staff.departmentsAtFault()).containsExactly(
                new DepartmentAtFault("production", 1, 1, true),
                new DepartmentAtFault("logistics", 1, 0, false),
                new DepartmentAtFault("sales", 1, 0, false));

        // Logistics: L1 and L2; linked task delivery (logistics 6 000; sales 2 000 < 25 %: not contested).
        // Departments at fault of the losses naming it: L1's logistics and production. production on delivery: 0 → forgotten.
        ReasonView logistics = reason(report, "LOGISTICS");
        assertThat(logistics.losses()).isEqualTo(2);
        assertThat(logistics.interviews()).isZero();
        assertThat(logistics.tasks()).singleElement().satisfies(task -> {
            assertThat(task.consensusOwner()).isEqualTo("logistics");
            assertThat(task.consensusShareBp()).isEqualTo(6_000);
            assertThat(task.flags()).isEmpty();
        });
        assertThat(logistics.departmentsAtFault()).containsExactly(
                new DepartmentAtFault("logistics", 1, 0, false),
                new DepartmentAtFault("production", 1, 0, true));

        // Price: no loss names it; its task pricing (sales 2 000) is ownerless. Payment terms: no linked task at all.
        assertThat(reason(report, "PRICE_AND_DISCOUNTS").tasks()).singleElement()
                .satisfies(task -> assertThat(task.flags()).containsExactly(Flag.OWNERLESS));
        assertThat(reason(report, "PAYMENT_TERMS").tasks()).isEmpty();

        // Overall: production named by L1 and A's interview; the matrix forgot it under logistics and staff attitude.
        assertThat(report.departmentsAtFault()).containsExactly(
                new NamedAtFault("production", 1, 1, List.of("LOGISTICS", "STAFF_ATTITUDE")),
                new NamedAtFault("logistics", 1, 0, List.of()),
                new NamedAtFault("sales", 1, 0, List.of()));
    }

    @Test
    void itsTableHasARowPerReasonWithTheSameFiguresAndTheCodesOnce() {
        WhoSewedTheSuitReport report = WhoSewedTheSuitReport.of(2026, Optional.of(2), LOSSES, INTERVIEWS,
                Optional.of(new MatrixReport.Round(SPRING, fiveResponses())), MatrixRules.DEFAULTS);

        ReportTable table = report.table();

        assertThat(table.rows()).hasSize(7);
        List<String> keys = table.columns().stream().map(ReportTable.Column::key).toList();
        List<String> staff = table.rows().stream().map(row -> row.stream().map(ReportTable.Cell::written).toList())
                .filter(row -> row.get(0).equals("STAFF_ATTITUDE")).findFirst().orElseThrow();
        // As above: 2 losses, 1 interview; complaints owned by sales, no flags; production named first and forgotten.
        assertThat(staff.get(keys.indexOf("losses"))).isEqualTo("2");
        assertThat(staff.get(keys.indexOf("interviews"))).isEqualTo("1");
        assertThat(staff.get(keys.indexOf("tasks"))).isEqualTo("complaints");
        assertThat(staff.get(keys.indexOf("owners"))).isEqualTo("sales");
        assertThat(staff.get(keys.indexOf("ownerlessTasks"))).isEqualTo("0");
        assertThat(staff.get(keys.indexOf("namedAtFault"))).isEqualTo("production logistics sales");
        assertThat(staff.get(keys.indexOf("forgotten"))).isEqualTo("production");
    }

    @Test
    void aShareJustBelowAFifthOnEveryLinkedTaskIsForgotten() {
        // A sixth, empty response: n = 6; logistics P on complaints 1 of 6 = 16.7 % < 20 % → forgotten now.
        List<Response> six = new ArrayList<>(fiveResponses());
        six.add(response(COMMERCIAL_STAFF, "sales", ""));

        WhoSewedTheSuitReport report = WhoSewedTheSuitReport.of(2026, Optional.of(2), LOSSES, INTERVIEWS,
                Optional.of(new MatrixReport.Round(SPRING, six)), MatrixRules.DEFAULTS);

        assertThat(reason(report, "STAFF_ATTITUDE").departmentsAtFault())
                .contains(new DepartmentAtFault("logistics", 1, 0, true));
    }

    @Test
    void withoutAClosedCampaignTheLossesAreShownAndNothingOfTheMatrix() {
        WhoSewedTheSuitReport report = WhoSewedTheSuitReport.of(2026, Optional.empty(), LOSSES, INTERVIEWS, Optional.empty(),
                MatrixRules.DEFAULTS);

        // The whole year: L1–L4 and the interviews of A and D.
        assertThat(report.losses()).isEqualTo(4);
        assertThat(report.interviews()).isEqualTo(2);
        assertThat(report.campaign()).isNull();
        assertThat(report.reasons()).allSatisfy(reason -> assertThat(reason.tasks()).isEmpty());
        assertThat(reason(report, "STAFF_ATTITUDE").departmentsAtFault()).first()
                .isEqualTo(new DepartmentAtFault("production", 2, 2, null));
        assertThat(report.departmentsAtFault()).allSatisfy(named -> assertThat(named.forgottenFor()).isEmpty());
    }

    @Test
    void aClosedCampaignUnderTheAnonymityThresholdShowsNoMatrix() {
        WhoSewedTheSuitReport report = WhoSewedTheSuitReport.of(2026, Optional.of(2), LOSSES, INTERVIEWS,
                Optional.of(new MatrixReport.Round(SPRING, fiveResponses().subList(0, 2))), MatrixRules.DEFAULTS);

        assertThat(report.matrixWithheld()).isTrue();
        assertThat(report.campaign().responses()).isEqualTo(2);
        assertThat(reason(report, "STAFF_ATTITUDE").tasks()).isEmpty();
        assertThat(reason(report, "STAFF_ATTITUDE").departmentsAtFault()).allSatisfy(d -> assertThat(d.forgotten()).isNull());
    }

    private static ReasonView reason(WhoSewedTheSuitReport report, String code) {
        return report.reasons().stream().filter(reason -> reason.reason().equals(code)).findFirst().orElseThrow();
    }

    private static LostCustomer loss(String id, String customer, String lostOn, String primary, List<String> reasons, List<String> atFault) {
        return new LostCustomer(id, customer, "Customer " + customer, "KEY", "Rival", LocalDate.parse(lostOn), primary, reasons, atFault, RECORDED);
    }

    private static InterviewFact completed(String caseId, String customer, String lostOn, List<String> reasons, List<String> atFault) {
        return new InterviewFact("e-" + caseId, caseId, InterviewFact.Kind.COMPLETED, customer, LocalDate.parse(lostOn), "INTERVIEW",
                reasons.get(0), reasons, atFault);
    }
}
