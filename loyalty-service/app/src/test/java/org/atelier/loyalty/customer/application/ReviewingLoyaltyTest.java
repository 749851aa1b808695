package org.atelier.loyalty.customer.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerEvent;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerState;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.Significance;
import org.junit.jupiter.api.Test;

class ReviewingLoyaltyTest {

    private final InMemoryCustomers customers = new InMemoryCustomers();

    @Test
    void atTheTurnOfTheYearCustomersWithoutPurchasesForAFullYearLapseAndOnlyThey() {
        customers.save(loyalCustomer("Bought 2026 and 2027", 2026, 2027));
        customers.save(loyalCustomer("Bought 2025 and 2026", 2025, 2026));
        int before = customers.savedEvents.size();

        int changed = new ReviewingLoyalty(customers, LoyaltyRule.DEFAULT, at("2028-01-01T00:05:00Z")).reviewAll();

        assertThat(changed).isEqualTo(1);
        assertThat(customers.savedEvents.subList(before, customers.savedEvents.size()))
                .singleElement().isInstanceOf(CustomerEvent.LoyaltyLapsed.class);
    }

    @Test
    void aSecondReviewOnTheSameDayChangesNothing() {
        customers.save(loyalCustomer("Bought 2025 and 2026", 2025, 2026));
        ReviewingLoyalty reviewing = new ReviewingLoyalty(customers, LoyaltyRule.DEFAULT, at("2028-01-01T00:05:00Z"));
        reviewing.reviewAll();

        assertThat(reviewing.reviewAll()).isZero();
    }

    private static Customer loyalCustomer(String name, int firstYear, int secondYear) {
        List<Purchase> purchases = List.of(purchase(firstYear), purchase(secondYear));
        return Customer.restore(new CustomerState(CustomerId.newId(), name, Significance.KEY, null, null,
                Instant.parse("2020-01-01T00:00:00Z"), CustomerStatus.ACTIVE, null, purchases, true, null, null, null, null, 1));
    }

    private static Purchase purchase(int year) {
        return new Purchase("p-" + year, Money.of(1000, "RUB"), LocalDate.of(year, 5, 1), "C-" + year);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
