package org.atelier.loyalty.customer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerEvent;
import org.atelier.loyalty.customer.CustomerNotFound;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.DepartmentNaming;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.InMemoryDirectory;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.customer.Significance;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class RecordingLossTest {

    private static final CurrentUser SALES = new CurrentUser("anna", "Anna", "sales", "COMMERCIAL_STAFF", Set.of(Role.EMPLOYEE));
    private static final CurrentUser PRODUCTION_HEAD = new CurrentUser("ivan", "Ivan", "production", "DIVISION_HEAD",
            Set.of(Role.EMPLOYEE, Role.DEPARTMENT_HEAD));

    private final CompanyCalendar calendar = new CompanyCalendar(Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Europe/Moscow"));
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .put(new DirectoryDepartment("logistics", "Logistics", "Логистика", true))
            .put(new DirectoryDepartment("sales", "Sales", "Отдел продаж", true))
            .put(new DirectoryDepartment("typing-pool", "Typing pool", "Машбюро", false));
    private final DepartmentNaming departments = new DepartmentNaming(directory);
    private final RecordingLoss recordingLoss = new RecordingLoss(customers, departments, calendar);
    private final Customer customer = new RegisteringCustomer(customers, departments, calendar)
            .register(new RegisteringCustomer.Command(SALES, "Northwind Trading", Significance.KEY));

    @Test
    void recordsTheLossWithItsReasonsAndDepartmentsAtFault() {
        recordingLoss.record(command(List.of(
                new RecordingLoss.Reason(ReasonCode.STAFF_ATTITUDE, true, List.of("logistics", "sales")),
                new RecordingLoss.Reason(ReasonCode.PRICE_AND_DISCOUNTS, false, List.of()))));

        assertThat(customers.savedEvents).last().isInstanceOfSatisfying(CustomerEvent.Lost.class, lost -> {
            assertThat(lost.loss().primaryReason().code()).isEqualTo(ReasonCode.STAFF_ATTITUDE);
            assertThat(lost.loss().primaryReason().departmentsAtFault())
                    .containsExactlyInAnyOrder(new DepartmentCode("logistics"), new DepartmentCode("sales"));
        });
    }

    @Test
    void departmentsTickedWithoutTheStaffAttitudeReasonAreRefusedNotDropped() {
        assertThatThrownBy(() -> recordingLoss.record(RecordingLoss.Command.fromForm(SALES, customer.id().toString(), "Rival", null,
                List.of(ReasonCode.PRICE_AND_DISCOUNTS), ReasonCode.PRICE_AND_DISCOUNTS, List.of("logistics"), null))).isInstanceOf(RuleViolation.class)
                .extracting("field").isEqualTo("departmentsAtFault");
        assertThat(customers.find(customer.id()).orElseThrow().loss()).isEmpty();
    }

    @Test
    void theStaffAttitudeReasonOfAFormWithoutDepartmentsIsRefusedAgainstTheDepartmentBoxes() {
        assertThatThrownBy(() -> recordingLoss.record(RecordingLoss.Command.fromForm(SALES, customer.id().toString(), "Rival", null,
                List.of(ReasonCode.STAFF_ATTITUDE), ReasonCode.STAFF_ATTITUDE, List.of(), null)))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("departmentsAtFault");
    }

    @Test
    void aFormGivesItsDepartmentBoxesToTheStaffAttitudeReasonOnly() {
        recordingLoss.record(RecordingLoss.Command.fromForm(SALES, customer.id().toString(), "Rival", null,
                List.of(ReasonCode.PRICE_AND_DISCOUNTS, ReasonCode.STAFF_ATTITUDE), ReasonCode.STAFF_ATTITUDE, List.of("logistics", ""), null));

        assertThat(customers.find(customer.id()).orElseThrow().loss().orElseThrow().reasons()).satisfiesExactlyInAnyOrder(
                price -> assertThat(price.departmentsAtFault()).isEmpty(),
                staff -> assertThat(staff.departmentsAtFault()).containsExactly(new DepartmentCode("logistics")));
    }

    @Test
    void anUnknownDepartmentIsRefusedAgainstTheDepartmentBoxes() {
        assertThatThrownBy(() -> recordingLoss.record(command(List.of(
                new RecordingLoss.Reason(ReasonCode.STAFF_ATTITUDE, true, List.of("catering"))))))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("departmentsAtFault");
    }

    @Test
    void aClosedDepartmentIsRefusedForANewLossAndNothingIsSaved() {
        int before = customers.savedEvents.size();

        assertThatThrownBy(() -> recordingLoss.record(command(List.of(
                new RecordingLoss.Reason(ReasonCode.STAFF_ATTITUDE, true, List.of("logistics", "typing-pool"))))))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("departmentsAtFault");
                    assertThat(refusal.code()).isEqualTo("closedDepartment");
                    assertThat(refusal.getMessage()).contains("typing-pool");
                });
        assertThat(customers.savedEvents).hasSize(before);
    }

    @Test
    void aDepartmentPublishedSinceIsAccepted() {
        directory.put(new DirectoryDepartment("exhibitions", "Exhibitions", "Выставки", true));

        Customer lost = recordingLoss.record(command(List.of(new RecordingLoss.Reason(ReasonCode.STAFF_ATTITUDE, true, List.of("exhibitions")))));

        assertThat(lost.loss().orElseThrow().primaryReason().departmentsAtFault()).containsExactly(new DepartmentCode("exhibitions"));
    }

    @Test
    void withoutADateTheLossIsToday() {
        recordingLoss.record(new RecordingLoss.Command(SALES, customer.id().toString(), "Rival", null,
                List.of(new RecordingLoss.Reason(ReasonCode.ASSORTMENT, true, null)), null));

        assertThat(customers.find(customer.id()).orElseThrow().loss().orElseThrow().lostOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void anUnknownDepartmentIsRefusedAndNothingIsSaved() {
        int before = customers.savedEvents.size();

        assertThatThrownBy(() -> recordingLoss.record(command(List.of(
                new RecordingLoss.Reason(ReasonCode.STAFF_ATTITUDE, true, List.of("astrology"))))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("astrology");
        assertThat(customers.savedEvents).hasSize(before);
    }

    @Test
    void anUnknownOrMalformedCustomerIdIsNotFound() {
        assertThatThrownBy(() -> recordingLoss.record(new RecordingLoss.Command(SALES, "not-an-id", "Rival", null,
                List.of(new RecordingLoss.Reason(ReasonCode.ASSORTMENT, true, List.of())), null))).isInstanceOf(CustomerNotFound.class);
        assertThatThrownBy(() -> recordingLoss.record(new RecordingLoss.Command(SALES, "6f1c1a9e-0000-4000-8000-000000000000", "Rival", null,
                List.of(new RecordingLoss.Reason(ReasonCode.ASSORTMENT, true, List.of())), null))).isInstanceOf(CustomerNotFound.class);
    }

    @Test
    void onlySalesAndMarketingRecordLossesAndARefusalChangesNothing() {
        int before = customers.savedEvents.size();

        assertThatThrownBy(() -> recordingLoss.record(new RecordingLoss.Command(PRODUCTION_HEAD, customer.id().toString(), "Rival", null,
                List.of(new RecordingLoss.Reason(ReasonCode.ASSORTMENT, true, List.of())), null))).isInstanceOf(NotAllowed.class);
        assertThat(customers.savedEvents).hasSize(before);
    }

    private RecordingLoss.Command command(List<RecordingLoss.Reason> reasons) {
        return new RecordingLoss.Command(SALES, customer.id().toString(), "Rival Textiles", LocalDate.of(2026, 3, 14), reasons, null);
    }
}
