package org.atelier.loyalty.customer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.DepartmentCode;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.DepartmentNaming;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.InMemoryDirectory;
import org.atelier.loyalty.customer.PossibleDuplicateName;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.TaxIdTaken;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class RegisteringCustomerTest {

    private static final CurrentUser SALES = new CurrentUser("anna", "Anna", "sales", "COMMERCIAL_STAFF", Set.of(Role.EMPLOYEE));
    private static final String INN = "7707083893";

    private final CompanyCalendar calendar = new CompanyCalendar(Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Europe/Moscow"));
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryDirectory directory = new InMemoryDirectory()
            .put(new DirectoryDepartment("sales", "Sales", "Отдел продаж", true))
            .put(new DirectoryDepartment("typing-pool", "Typing pool", "Машбюро", true));
    private final DepartmentNaming departments = new DepartmentNaming(directory);
    private final RegisteringCustomer registering = new RegisteringCustomer(customers, departments, calendar);
    private final EditingProfile editing = new EditingProfile(customers, departments, calendar);

    @Test
    void aNameAnotherCustomerHasIgnoringCaseAndSpacesIsAWarningNamingTheMatch() {
        Customer first = registering.register(new RegisteringCustomer.Command(SALES, "Northwind Trading", Significance.KEY));

        assertThatThrownBy(() -> registering.register(new RegisteringCustomer.Command(SALES, "  northwind   TRADING ", Significance.KEY)))
                .isInstanceOfSatisfying(PossibleDuplicateName.class, warning -> {
                    assertThat(warning.field()).isEqualTo("name");
                    assertThat(warning.matches()).singleElement().satisfies(match -> assertThat(match.customerId()).isEqualTo(first.id().toString()));
                });
        assertThat(customers.count(CustomerFilter.NONE)).isEqualTo(1);
    }

    @Test
    void theWarningIsOverriddenWhenThePersonSaysItIsAnotherCompany() {
        registering.register(new RegisteringCustomer.Command(SALES, "Northwind Trading", Significance.KEY));

        registering.register(new RegisteringCustomer.Command(SALES, "Northwind Trading", Significance.REGULAR).acknowledgingDuplicateName());

        assertThat(customers.count(CustomerFilter.NONE)).isEqualTo(2);
    }

    @Test
    void aNameThatOnlyContainsAnotherIsNoDuplicate() {
        registering.register(new RegisteringCustomer.Command(SALES, "Northwind", Significance.KEY));

        registering.register(new RegisteringCustomer.Command(SALES, "Northwind Trading", Significance.KEY));

        assertThat(customers.count(CustomerFilter.NONE)).isEqualTo(2);
    }

    @Test
    void aTaxIdAnotherCustomerHasIsRefusedEvenWithTheNameAcknowledged() {
        registering.register(withInn("Northwind Trading"));

        assertThatThrownBy(() -> registering.register(withInn("Southwind Ltd").acknowledgingDuplicateName()))
                .isInstanceOfSatisfying(TaxIdTaken.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("taxId");
                    assertThat(refusal.holder().name()).isEqualTo("Northwind Trading");
                });
        assertThat(customers.count(CustomerFilter.NONE)).isEqualTo(1);
    }

    @Test
    void aProfileCannotTakeAnotherCustomersTaxIdButKeepsItsOwn() {
        registering.register(withInn("Northwind Trading"));
        Customer other = registering.register(new RegisteringCustomer.Command(SALES, "Southwind Ltd", Significance.KEY));

        assertThatThrownBy(() -> editing.edit(new EditingProfile.Command(SALES, other.id().toString(), "Southwind Ltd", INN, null, null,
                null, null, null))).isInstanceOf(TaxIdTaken.class);
        Customer holder = customers.withTaxId(new org.atelier.loyalty.customer.TaxId(INN)).orElseThrow();
        editing.edit(new EditingProfile.Command(SALES, holder.id().toString(), "Northwind Trading JSC", INN, null, null, null, null, null));
        assertThat(customers.find(holder.id()).orElseThrow().name()).isEqualTo("Northwind Trading JSC");
    }

    @Test
    void aNewCustomerIsManagedByADepartmentInForceAtTheDirectory() {
        Customer managed = registering.register(managedBy("Northwind Trading", "sales"));
        assertThat(managed.profile().department()).isEqualTo(new DepartmentCode("sales"));

        assertThatThrownBy(() -> registering.register(managedBy("Southwind Ltd", "catering")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("department");
                    assertThat(refusal.code()).isEqualTo("unknownDepartment");
                });
        directory.put(new DirectoryDepartment("typing-pool", "Typing pool", "Машбюро", false));
        assertThatThrownBy(() -> registering.register(managedBy("Eastwind Ltd", "typing-pool")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code()).isEqualTo("closedDepartment"));
        assertThat(customers.count(CustomerFilter.NONE)).isEqualTo(1);
    }

    @Test
    void aProfileKeepsItsDepartmentOnceClosedButCannotMoveToAClosedOne() {
        Customer typists = registering.register(managedBy("Typists Ltd", "typing-pool"));
        Customer sellers = registering.register(managedBy("Sellers Ltd", "sales"));
        directory.put(new DirectoryDepartment("typing-pool", "Typing pool", "Машбюро", false));

        editing.edit(new EditingProfile.Command(SALES, typists.id().toString(), "Typists Ltd", null, "textiles", null, null, "typing-pool", null));
        assertThat(customers.find(typists.id()).orElseThrow().profile().segment()).isEqualTo("textiles");

        assertThatThrownBy(() -> editing.edit(new EditingProfile.Command(SALES, sellers.id().toString(), "Sellers Ltd", null, null, null, null,
                "typing-pool", null))).isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code()).isEqualTo("closedDepartment"));
        assertThat(customers.find(sellers.id()).orElseThrow().profile().department()).isEqualTo(new DepartmentCode("sales"));
    }

    private static RegisteringCustomer.Command managedBy(String name, String department) {
        return new RegisteringCustomer.Command(SALES, name, Significance.KEY, null, null, null, null, department, null);
    }

    private static RegisteringCustomer.Command withInn(String name) {
        return new RegisteringCustomer.Command(SALES, name, Significance.KEY, INN, null, null, null, null, null);
    }
}
