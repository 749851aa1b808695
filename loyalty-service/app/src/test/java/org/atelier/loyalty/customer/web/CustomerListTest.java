package org.atelier.loyalty.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.Programmes;
import org.junit.jupiter.api.Test;

class CustomerListTest {

    /** The programme in force, counting how often it is read: each read is a database round trip. */
    static final class CountingProgrammes implements Programmes {
        int reads;

        @Override
        public LoyaltyProgramme current() {
            reads++;
            return LoyaltyProgramme.initial();
        }

        @Override
        public void save(LoyaltyProgramme programme) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aListOfCustomersReadsTheProgrammeOnce() {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        InMemoryCustomers customers = new InMemoryCustomers();
        for (int i = 0; i < 5; i++) {
            customers.save(Customer.register(CustomerId.newId(), "Customer " + i, Significance.REGULAR, now));
        }
        CountingProgrammes programmes = new CountingProgrammes();
        CustomerController api = new CustomerController(null, null, new FindingCustomers(customers), null, null, null, null, null, null,
                programmes, new CompanyCalendar(Clock.fixed(now, ZoneOffset.UTC), ZoneId.of("Europe/Moscow")), null);

        CustomerPageResponse page = api.list(null, null, null, null, null, null, 0, 20);

        assertThat(page.items()).hasSize(5);
        assertThat(programmes.reads).isEqualTo(1);
    }
}
