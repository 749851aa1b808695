package org.atelier.loyalty.customer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerEvent;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerState;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.InMemoryCustomers;
import org.atelier.loyalty.customer.InMemoryLoyaltyReviews;
import org.atelier.loyalty.customer.ListingCustomers;
import org.atelier.loyalty.customer.LoyaltyReview;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.Significance;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class ReviewingLoyaltyTest {

    /** 03:05 on 1 January 2028 in Moscow. */
    private static final Instant NEW_YEAR = Instant.parse("2028-01-01T00:05:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final InMemoryCustomers stored = new InMemoryCustomers();
    private final InMemoryLoyaltyReviews reviews = new InMemoryLoyaltyReviews();
    private final MutableClock clock = MutableClock.of(NEW_YEAR, ZoneOffset.UTC);
    private final CompanyCalendar calendar = new CompanyCalendar(clock, ZoneId.of("Europe/Moscow"));

    @Test
    void atTheTurnOfTheYearCustomersWithoutPurchasesForAFullYearLapseAndOnlyThey() {
        stored.save(loyalCustomer("Bought 2026 and 2027", 2026, 2027));
        stored.save(loyalCustomer("Bought 2025 and 2026", 2025, 2026));
        int before = stored.savedEvents.size();

        LoyaltyReview review = reviewing("a", stored, 200).reviewThisYear().orElseThrow();

        assertThat(review.changed()).isEqualTo(1);
        assertThat(review.finished()).isTrue();
        assertThat(stored.savedEvents.subList(before, stored.savedEvents.size()))
                .singleElement().isInstanceOf(CustomerEvent.LoyaltyLapsed.class);
    }

    @Test
    void aFinishedYearIsNotReviewedAgainByAnyRunner() {
        stored.save(loyalCustomer("Bought 2025 and 2026", 2025, 2026));
        reviewing("a", stored, 200).reviewThisYear().orElseThrow();
        CountingCustomers watched = new CountingCustomers(stored, id -> false);

        assertThat(reviewing("a", watched, 200).reviewThisYear()).isEmpty();
        assertThat(reviewing("b", watched, 200).reviewThisYear()).isEmpty();
        assertThat(reviewing("b", watched, 200).resumeUnfinished()).isEmpty();
        assertThat(watched.listed()).isEmpty();
    }

    @Test
    void whileAnotherRunnerHoldsTheYearThisOneReviewsNobody() {
        stored.save(loyalCustomer("Bought 2025 and 2026", 2025, 2026));
        reviews.claim(2028, "other instance", NEW_YEAR, NEW_YEAR.plus(LEASE));
        CountingCustomers watched = new CountingCustomers(stored, id -> false);

        assertThat(reviewing("a", watched, 200).reviewThisYear()).isEmpty();
        assertThat(watched.listed()).isEmpty();
    }

    @Test
    void aCustomerSavedMeanwhileIsReloadedAndReviewedAgain() {
        Customer busy = loyalCustomer("Busy", 2025, 2026);
        stored.save(busy);
        CountingCustomers conflicting = new CountingCustomers(stored, id -> false).conflictingTimes(busy.id(), ReviewingLoyalty.ATTEMPTS - 1);

        LoyaltyReview review = reviewing("a", conflicting, 200).reviewThisYear().orElseThrow();

        assertThat(review.changed()).isEqualTo(1);
        assertThat(review.failed()).isEmpty();
        assertThat(stored.find(busy.id()).orElseThrow().isLoyal()).isFalse();
    }

    @Test
    void aCustomerThatKeepsConflictingIsRecordedAsFailedAndTheOthersAreStillReviewed() {
        List<Customer> lapsing = saveLapsingCustomers(3);
        CustomerId hopeless = lapsing.get(1).id();
        CountingCustomers conflicting = new CountingCustomers(stored, id -> false).conflictingTimes(hopeless, Integer.MAX_VALUE);

        LoyaltyReview review = reviewing("a", conflicting, 200).reviewThisYear().orElseThrow();

        assertThat(review.failed()).containsExactly(hopeless.toString());
        assertThat(review.changed()).isEqualTo(2);
        assertThat(conflicting.saveAttempts.get(hopeless)).isEqualTo(ReviewingLoyalty.ATTEMPTS);
        assertThat(stored.find(lapsing.get(2).id()).orElseThrow().isLoyal()).isFalse();
    }

    @Test
    void afterACrashAnotherRunnerGoesOnFromTheLastCustomerRecordedOnceTheLeaseRunsOut() {
        List<Customer> lapsing = saveLapsingCustomers(5);
        CustomerId crashesOn = lapsing.get(3).id();
        CountingCustomers crashing = new CountingCustomers(stored, crashesOn::equals);
        assertThatThrownBy(() -> reviewing("a", crashing, 2).reviewThisYear()).hasMessage("crash");
        assertThat(reviews.find(2028).orElseThrow().lastCustomerId()).isEqualTo(lapsing.get(1).id().toString());

        CountingCustomers resuming = new CountingCustomers(stored, id -> false);
        assertThat(reviewing("b", resuming, 2).resumeUnfinished()).as("the crashed runner's lease still runs").isEmpty();
        clock.add(LEASE.plusSeconds(1));
        LoyaltyReview review = reviewing("b", resuming, 2).resumeUnfinished().orElseThrow();

        assertThat(review.finished()).isTrue();
        assertThat(resuming.listed()).containsExactly(lapsing.get(2).id(), lapsing.get(3).id(), lapsing.get(4).id());
        assertThat(stored.savedEvents.stream().filter(CustomerEvent.LoyaltyLapsed.class::isInstance)).hasSize(5);
        assertThat(lapsing).allSatisfy(customer -> assertThat(stored.find(customer.id()).orElseThrow().isLoyal()).isFalse());
    }

    private ReviewingLoyalty reviewing(String runner, Customers customers, int page) {
        return new ReviewingLoyalty(customers, LoyaltyRule.DEFAULT, calendar, reviews, new ReviewingLoyalty.Runner(runner, LEASE, page));
    }

    /** Loyal customers who bought nothing in 2027, so lapse at the start of 2028; in id order. */
    private List<Customer> saveLapsingCustomers(int count) {
        List<Customer> customers = IntStream.range(0, count).mapToObj(i -> loyalCustomer("Customer " + i, 2025, 2026))
                .sorted(Comparator.comparing(customer -> customer.id().toString())).toList();
        customers.forEach(stored::save);
        return customers;
    }

    private static Customer loyalCustomer(String name, int firstYear, int secondYear) {
        List<Purchase> purchases = List.of(purchase(firstYear), purchase(secondYear));
        return Customer.restore(new CustomerState(CustomerId.newId(), name, Significance.KEY, null, null,
                Instant.parse("2020-01-01T00:00:00Z"), CustomerStatus.ACTIVE, null, purchases, true, null, null, null, null, 1));
    }

    private static Purchase purchase(int year) {
        return new Purchase("p-" + year, Money.of(1000, "RUB"), LocalDate.of(year, 5, 1), "C-" + year);
    }

    /**
     * Customers that remember which ones were listed and how often each save was tried, and make chosen saves
     * conflict a number of times or crash the runner.
     */
    private static final class CountingCustomers extends ListingCustomers {

        private final Predicate<CustomerId> crashesOnSave;
        private final Map<CustomerId, Integer> conflicts = new HashMap<>();
        final Map<CustomerId, Integer> saveAttempts = new HashMap<>();

        CountingCustomers(Customers delegate, Predicate<CustomerId> crashesOnSave) {
            super(delegate);
            this.crashesOnSave = crashesOnSave;
        }

        CountingCustomers conflictingTimes(CustomerId id, int times) {
            conflicts.put(id, times);
            return this;
        }

        @Override
        public void save(Customer customer) {
            int attempt = saveAttempts.merge(customer.id(), 1, Integer::sum);
            if (attempt <= conflicts.getOrDefault(customer.id(), 0)) {
                throw new ConcurrentChange(customer.id());
            }
            if (crashesOnSave.test(customer.id())) {
                throw new IllegalStateException("crash");
            }
            super.save(customer);
        }
    }
}
