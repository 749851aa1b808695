package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileAndSignificanceTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "500100732259"})
    void validTaxIdsOfOrganisationsAndEntrepreneursAreAccepted(String taxId) {
        assertThat(new TaxId(taxId).value()).isEqualTo(taxId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "500100732250", "12345", "77070838930", "abcdefghij"})
    void aTaxIdWithAWrongLengthOrCheckDigitIsRefused(String taxId) {
        assertThatThrownBy(() -> new TaxId(taxId)).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("taxId");
    }

    @Test
    void cooperationCannotStartInTheFuture() {
        CustomerProfile future = new CustomerProfile(null, null, null, null, null, LocalDate.of(2026, 9, 2));

        assertThatThrownBy(() -> Customer.register(CustomerId.newId(), "A", Significance.KEY, future, TODAY, NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("cooperationSince");
    }

    @Test
    void aSignificanceChangeKeepsWhoWhenAndWhy() {
        Customer customer = Customer.register(CustomerId.newId(), "Northwind", Significance.REGULAR, NOW);

        customer.changeSignificance(Significance.KEY, "sales-head", "Framework contract signed", NOW);

        assertThat(customer.significance()).isEqualTo(Significance.KEY);
        assertThat(customer.significanceHistory()).singleElement()
                .isEqualTo(new SignificanceChange(Significance.REGULAR, Significance.KEY, "sales-head", NOW, "Framework contract signed"));
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.SignificanceChanged.class);
    }

    @Test
    void aChangeToTheSameSignificanceOrWithoutReasonIsRefused() {
        Customer customer = Customer.register(CustomerId.newId(), "Northwind", Significance.KEY, NOW);

        assertThatThrownBy(() -> customer.changeSignificance(Significance.KEY, "u", "why not", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> customer.changeSignificance(Significance.REGULAR, "u", " ", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(customer.significanceHistory()).isEmpty();
    }

    @Test
    void onlyHeadsOfCustomerDepartmentsAndManagementDecideSignificance() {
        CustomerPermissions.checkMayChangeSignificance(user("sales", Role.EMPLOYEE, Role.DEPARTMENT_HEAD));
        CustomerPermissions.checkMayChangeSignificance(user("top-management", Role.MANAGEMENT));

        assertThatThrownBy(() -> CustomerPermissions.checkMayChangeSignificance(user("sales", Role.EMPLOYEE))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> CustomerPermissions.checkMayChangeSignificance(user("logistics", Role.DEPARTMENT_HEAD))).isInstanceOf(NotAllowed.class);
    }

    private static CurrentUser user(String department, Role... roles) {
        return new CurrentUser("u", "U", department, "OTHER_STAFF", Set.of(roles));
    }

    @Test
    void anUpdatedProfileIsKeptWithWhoWhenAndWhichFields() {
        Customer customer = Customer.register(CustomerId.newId(), "Northwind", Significance.KEY, CustomerProfile.EMPTY,
                LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T10:00:00Z"));
        java.time.Instant later = Instant.parse("2026-07-01T09:00:00Z");
        CustomerProfile moved = new CustomerProfile(null, null, "Kazan", "sales-head", null, null);

        boolean changed = customer.updateProfile(" Northwind Trading ", moved, "sales-head", LocalDate.of(2026, 7, 1), later);

        assertThat(changed).isTrue();
        assertThat(customer.name()).isEqualTo("Northwind Trading");
        assertThat(customer.profile().region()).isEqualTo("Kazan");
        assertThat(customer.profileChanges()).singleElement().satisfies(change -> {
            assertThat(change.fields()).containsExactly("name", "region", "accountManager");
            assertThat(change.changedBy()).isEqualTo("sales-head");
            assertThat(change.changedAt()).isEqualTo(later);
        });
        assertThat(customer.newEvents()).last().isInstanceOf(CustomerEvent.ProfileChanged.class);
    }

    @Test
    void sendingTheSameProfileAgainRecordsNothing() {
        Customer customer = Customer.register(CustomerId.newId(), "Northwind", Significance.KEY,
                new CustomerProfile(null, "Workwear", null, null, null, null), LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T10:00:00Z"));
        int events = customer.newEvents().size();

        boolean changed = customer.updateProfile("Northwind", new CustomerProfile(null, " Workwear ", "", null, null, null), "s",
                LocalDate.of(2026, 7, 1),
                Instant.parse("2026-07-01T09:00:00Z"));

        assertThat(changed).isFalse();
        assertThat(customer.profileChanges()).isEmpty();
        assertThat(customer.newEvents()).hasSize(events);
    }

    @Test
    void aProfileUpdateWithoutANameOrStartingInTheFutureIsRefusedAndChangesNothing() {
        Customer customer = Customer.register(CustomerId.newId(), "Northwind", Significance.KEY, CustomerProfile.EMPTY,
                LocalDate.of(2026, 3, 1),
                Instant.parse("2026-03-01T10:00:00Z"));
        java.time.Instant now = Instant.parse("2026-07-01T09:00:00Z");

        assertThatThrownBy(() -> customer.updateProfile(" ", CustomerProfile.EMPTY, "s", LocalDate.of(2026, 7, 1), now)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> customer.updateProfile("Northwind", new CustomerProfile(null, null, null, null, null,
                LocalDate.of(2026, 7, 2)), "s", LocalDate.of(2026, 7, 1), now)).isInstanceOf(RuleViolation.class);
        assertThat(customer.profileChanges()).isEmpty();
        assertThat(customer.name()).isEqualTo("Northwind");
    }
}
