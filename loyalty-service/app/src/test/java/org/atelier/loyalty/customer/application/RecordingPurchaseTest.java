package org.atelier.loyalty.customer.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class RecordingPurchaseTest {

    private static final CurrentUser SALES = new CurrentUser("anna", "Anna", "sales", "COMMERCIAL_STAFF", Set.of(Role.EMPLOYEE));
    /** 01:30 on 2 March in Moscow; still 1 March in UTC. */
    private static final Instant HALF_PAST_ONE_IN_MOSCOW = Instant.parse("2026-03-01T22:30:00Z");

    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final CompanyCalendar calendar = new CompanyCalendar(Clock.fixed(HALF_PAST_ONE_IN_MOSCOW, ZoneOffset.UTC),
            ZoneId.of("Europe/Moscow"));
    private final Programmes programmes = new Programmes() {
        @Override
        public LoyaltyProgramme current() {
            return LoyaltyProgramme.initial();
        }

        @Override
        public void save(LoyaltyProgramme programme) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aPurchaseDatedTodayInTheCompanysZoneIsAcceptedAfterMidnightThereThoughUtcIsStillYesterday() {
        Customer customer = Customer.register(CustomerId.newId(), "Northwind Trading", Significance.KEY, Instant.parse("2025-01-01T10:00:00Z"));
        customers.save(customer);

        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        Customer bought = new RecordingPurchase(customers, LoyaltyRule.DEFAULT, programmes, calendar)
                .record(new RecordingPurchase.Command(SALES, customer.id().toString(), 150_000_00L, "RUB", LocalDate.of(2026, 3, 2), "C-7"));

        assertThat(bought.purchases()).singleElement().satisfies(purchase -> assertThat(purchase.date()).isEqualTo(LocalDate.of(2026, 3, 2)));
    }
}
