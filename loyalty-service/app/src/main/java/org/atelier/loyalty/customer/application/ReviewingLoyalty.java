package org.atelier.loyalty.customer.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.LoyaltyRule;

/**
 * Applies the loyalty rule to every customer as of a day. At the turn of the year customers who bought
 * nothing for too long lapse without any change of their own, so this runs then (and may be run again: it
 * only records changes).
 */
public class ReviewingLoyalty {

    private static final int PAGE = 200;

    private final Customers customers;
    private final LoyaltyRule rule;
    private final Clock clock;

    public ReviewingLoyalty(Customers customers, LoyaltyRule rule, Clock clock) {
        this.customers = customers;
        this.rule = rule;
        this.clock = clock;
    }

    /** @return how many customers' loyalty changed */
    public int reviewAll() {
        LocalDate asOf = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        int changed = 0;
        for (int page = 0; ; page++) {
            List<Customer> batch = customers.list(page, PAGE);
            for (Customer customer : batch) {
                boolean before = customer.isLoyal();
                customer.reviewLoyalty(rule, asOf, clock.instant());
                if (customer.isLoyal() != before) {
                    customers.save(customer);
                    changed++;
                }
            }
            if (batch.size() < PAGE) {
                return changed;
            }
        }
    }
}
