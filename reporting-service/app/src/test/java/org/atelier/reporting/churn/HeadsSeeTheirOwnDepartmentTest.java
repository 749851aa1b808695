package org.atelier.reporting.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.atelier.reporting.churn.ExitInterviewReport.NamedBy;
import org.atelier.reporting.churn.InterviewFact.Kind;
import org.atelier.reporting.churn.application.BuildingChurnReport;
import org.atelier.reporting.churn.application.BuildingExitInterviewReport;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The churn and exit-interview reports' department breakdowns, as a head and as management read them.
 *
 * <p>2026's losses: cu-a (staff attitude; logistics and sales at fault), cu-b (logistics; logistics at fault), cu-c
 * (price; nobody). Completed interviews: cu-a names production, cu-b names logistics.
 * By department at fault: logistics 2 (cu-a, cu-b), sales 1 (cu-a).
 * Sales vs customers, most named first (then by name): logistics 2 by sales + 1 by customers = 3; production 0 + 1 = 1;
 * sales 1 + 0 = 1.
 */
class HeadsSeeTheirOwnDepartmentTest {

    private static final LocalDate LOST = LocalDate.of(2026, 3, 14);

    private static final List<LostCustomer> LOSSES = List.of(
            loss("cu-a", "STAFF_ATTITUDE", "logistics", "sales"),
            loss("cu-b", "LOGISTICS", "logistics"),
            loss("cu-c", "PRICE_AND_DISCOUNTS"));

    private static final List<InterviewFact> INTERVIEWS = List.of(
            InterviewFact.of("i-a1", "case-a", Kind.OPENED, "cu-a", LOST),
            new InterviewFact("i-a2", "case-a", Kind.COMPLETED, "cu-a", LOST, "PHONE", "ASSORTMENT", List.of("ASSORTMENT"), List.of("production")),
            InterviewFact.of("i-b1", "case-b", Kind.OPENED, "cu-b", LOST),
            new InterviewFact("i-b2", "case-b", Kind.COMPLETED, "cu-b", LOST, "PHONE", "LOGISTICS", List.of("LOGISTICS"), List.of("logistics")));

    private final BuildingChurnReport churn = new BuildingChurnReport(new Losses());
    private final BuildingExitInterviewReport interviews = new BuildingExitInterviewReport(new Losses(), new Interviews());

    @Test
    void aHeadSeesOnlyTheirDepartmentsCountOfLossesAtFaultAndManagementSeesAll() {
        ChurnReport all = churn.forPeriod(user("board", Role.MANAGEMENT), ChurnPeriod.year(2026));
        ChurnReport logistics = churn.forPeriod(user("logistics", Role.DEPARTMENT_HEAD), ChurnPeriod.year(2026));
        ChurnReport marketing = churn.forPeriod(user("marketing", Role.DEPARTMENT_HEAD), ChurnPeriod.year(2026));

        assertThat(all.byDepartmentAtFault()).containsExactly(java.util.Map.entry("logistics", 2), java.util.Map.entry("sales", 1));
        assertThat(logistics.byDepartmentAtFault()).containsExactly(java.util.Map.entry("logistics", 2));
        assertThat(marketing.byDepartmentAtFault()).as("a department nobody blamed has no row").isEmpty();
        assertThat(logistics.lostCustomers()).as("the company-wide figures stay").isEqualTo(3).isEqualTo(all.lostCustomers());
        assertThat(logistics.byReason()).isEqualTo(all.byReason());
        assertThat(logistics.table()).as("the CSV's table is per reason, company-wide").isEqualTo(all.table());
    }

    @Test
    void aHeadSeesOnlyTheirDepartmentsRowOfSalesVersusCustomersAndManagementSeesAll() {
        ExitInterviewReport all = interviews.forYear(user("board", Role.MANAGEMENT), 2026);
        ExitInterviewReport production = interviews.forYear(user("production", Role.DEPARTMENT_HEAD), 2026);

        assertThat(all.salesVsCustomer().departmentsAtFault()).containsExactly(java.util.Map.entry("logistics", new NamedBy(2, 1)),
                java.util.Map.entry("production", new NamedBy(0, 1)), java.util.Map.entry("sales", new NamedBy(1, 0)));
        assertThat(production.salesVsCustomer().departmentsAtFault()).containsExactly(java.util.Map.entry("production", new NamedBy(0, 1)));
        assertThat(production.salesVsCustomer().compared()).isEqualTo(2).isEqualTo(all.salesVsCustomer().compared());
        assertThat(production.funnel()).isEqualTo(all.funnel());
        assertThat(production.table()).isEqualTo(all.table());
        assertThat(interviews.forYear(user("finance", Role.FINANCE, Role.DEPARTMENT_HEAD), 2026).salesVsCustomer().departmentsAtFault())
                .as("finance sees every department, also when it heads one").hasSize(3);
    }

    private static LostCustomer loss(String customer, String primary, String... atFault) {
        return new LostCustomer("loss-" + customer, customer, "Customer " + customer, "KEY", "Rival", LOST, primary, List.of(primary),
                List.of(atFault), Instant.parse("2026-03-14T12:00:00Z"));
    }

    private static CurrentUser user(String department, Role... roles) {
        return new CurrentUser("someone", "Someone", department, null, Set.of(roles));
    }

    private static final class Losses implements LostCustomers {
        @Override
        public boolean addOnce(LostCustomer loss) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean withdrawOnce(WithdrawnLoss withdrawal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LostCustomer> ofYear(int year) {
            return LOSSES.stream().filter(loss -> loss.year() == year).toList();
        }

        @Override
        public List<LostCustomer> ofCustomers(Collection<String> customerIds) {
            return LOSSES.stream().filter(loss -> customerIds.contains(loss.customerId())).toList();
        }
    }

    private static final class Interviews implements InterviewFacts {
        @Override
        public boolean addOnce(InterviewFact fact) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InterviewFact> ofYear(int year) {
            return INTERVIEWS;
        }
    }
}
