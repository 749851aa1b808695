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
import org.atelier.loyalty.customer.KnownDepartments;
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
    private final KnownDepartments departments = () -> Set.of(new DepartmentCode("sales"));
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

    private static RegisteringCustomer.Command withInn(String name) {
        return new RegisteringCustomer.Command(SALES, name, Significance.KEY, INN, null, null, null, null, null);
    }
}
