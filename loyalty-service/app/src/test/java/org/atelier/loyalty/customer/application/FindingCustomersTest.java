package org.atelier.loyalty.customer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerSort;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.Significance;
import org.junit.jupiter.api.Test;

class FindingCustomersTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final FindingCustomers finding = new FindingCustomers(customers);

    @Test
    void aPagePastTheLastIsEmptySaysSoAndKeepsTheTotal() {
        register("Alpha", Significance.KEY);
        register("Beta", Significance.REGULAR);
        register("Gamma", Significance.REGULAR);

        FindingCustomers.Page past = finding.page(CustomerFilter.NONE, CustomerSort.BY_NAME, 99, 2);

        assertThat(past.customers()).isEmpty();
        assertThat(past.total()).isEqualTo(3);
        assertThat(past.lastPage()).isEqualTo(1);
        assertThat(past.outOfRange()).isTrue();
        assertThatThrownBy(() -> finding.pageWithinRange(CustomerFilter.NONE, CustomerSort.BY_NAME, 99, 2))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("last page, 1").extracting("field").isEqualTo("page");
    }

    @Test
    void theFirstPageOfNothingIsNoError() {
        FindingCustomers.Page none = finding.pageWithinRange(CustomerFilter.NONE, CustomerSort.BY_NAME, 0, 20);

        assertThat(none.outOfRange()).isFalse();
        assertThat(none.total()).isZero();
    }

    @Test
    void sortsOnTheFieldAskedWithTiesByName() {
        register("Gamma", Significance.KEY);
        register("Alpha", Significance.REGULAR);
        register("Beta", Significance.KEY);

        assertThat(finding.page(CustomerFilter.NONE, CustomerSort.parse("significance"), 0, 10).customers()).extracting(Customer::name)
                .containsExactly("Beta", "Gamma", "Alpha");
        assertThat(finding.page(CustomerFilter.NONE, CustomerSort.parse("-name"), 0, 10).customers()).extracting(Customer::name)
                .containsExactly("Gamma", "Beta", "Alpha");
    }

    @Test
    void onlyTheListedFieldsCanBeSortedOn() {
        assertThat(CustomerSort.parse("-lastPurchase")).isEqualTo(new CustomerSort(CustomerSort.Field.LAST_PURCHASE, true));
        assertThat(CustomerSort.parse(null)).isEqualTo(CustomerSort.BY_NAME);
        assertThatThrownBy(() -> CustomerSort.parse("profile.taxId")).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("sort");
    }

    private void register(String name, Significance significance) {
        customers.save(Customer.register(CustomerId.newId(), name, significance, NOW));
    }
}
