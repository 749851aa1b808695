package org.atelier.loyalty.programme.application;

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
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.OutstandingPoints;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;
import org.atelier.security.Role;
import org.junit.jupiter.api.Test;

class RevisingProgrammeTest {

    private static final CompanyCalendar CALENDAR = new CompanyCalendar(Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC),
            ZoneId.of("Europe/Moscow"));

    /** The programme kept in memory, as the database would keep it. */
    static final class StoredProgramme implements Programmes {
        LoyaltyProgramme stored = LoyaltyProgramme.initial();

        @Override
        public LoyaltyProgramme current() {
            return LoyaltyProgramme.restore(stored.terms(), stored.revisedBy(), stored.revisedAt(), stored.version());
        }

        @Override
        public void save(LoyaltyProgramme programme) {
            stored = programme;
        }
    }

    private final StoredProgramme programmes = new StoredProgramme();

    @Test
    void theCurrencyDoesNotChangeWhileCustomersHoldPointsToSpend() {
        RevisingProgramme revising = new RevisingProgramme(programmes, day -> true, CALENDAR);

        assertThatThrownBy(() -> revising.revise(terms("EUR"))).isInstanceOfSatisfying(RuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo("currency");
            assertThat(violation.getMessage()).contains("stays RUB");
        });
        assertThat(programmes.stored.terms().currency().getCurrencyCode()).isEqualTo("RUB");
    }

    @Test
    void theCurrencyChangesOnceNoPointsAreLeftToSpendAsOfToday() {
        LocalDate[] askedFor = new LocalDate[1];
        OutstandingPoints none = day -> {
            askedFor[0] = day;
            return false;
        };

        new RevisingProgramme(programmes, none, CALENDAR).revise(terms("EUR"));

        assertThat(programmes.stored.terms().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(askedFor[0]).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void otherTermsChangeWhilePointsAreOutstanding() {
        new RevisingProgramme(programmes, day -> true, CALENDAR).revise(terms("RUB"));

        assertThat(programmes.stored.terms().pointsExpireAfterMonths()).isEqualTo(6);
    }

    private static RevisingProgramme.Command terms(String currency) {
        return new RevisingProgramme.Command(new CurrentUser("marketing-staff", "Marketing", "marketing", "OTHER_STAFF", Set.of(Role.EMPLOYEE)),
                currency, 2, 5_000, 50, 6, 3, List.of(new RevisingProgramme.Tier("Start", 0, 1)));
    }
}
