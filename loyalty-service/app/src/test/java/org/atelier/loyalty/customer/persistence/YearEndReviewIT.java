package org.atelier.loyalty.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.ListingCustomers;
import org.atelier.loyalty.customer.LoyaltyReview;
import org.atelier.loyalty.customer.LoyaltyRule;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.application.ReviewingLoyalty;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Two instances fire the year-end review at once on the real database: every customer is reviewed exactly once. */
@CustomerStoreIT
class YearEndReviewIT {

    /** Midnight of 1 January 2031 in Moscow: a year no other test reviews. */
    private static final Instant NEW_YEAR = Instant.parse("2030-12-31T21:00:00Z");

    @Autowired
    Customers customers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void twoInstancesReviewingAtOnceReviewEachCustomerExactlyOnce() throws Exception {
        mongo.remove(Query.query(Criteria.where("_id").is(2031)), MongoLoyaltyReviews.COLLECTION);
        List<CustomerId> lapsing = IntStream.range(0, 12).mapToObj(i -> saveLoyalCustomerWhoStoppedBuying()).toList();
        ListingCustomers watched = new ListingCustomers(customers);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Optional<LoyaltyReview>> first = CompletableFuture.supplyAsync(() -> await(start, instance("one", watched)));
        CompletableFuture<Optional<LoyaltyReview>> second = CompletableFuture.supplyAsync(() -> await(start, instance("two", watched)));
        start.countDown();
        List<Optional<LoyaltyReview>> outcomes = List.of(first.get(), second.get());

        assertThat(outcomes).filteredOn(Optional::isPresent).singleElement()
                .satisfies(review -> assertThat(review.orElseThrow().finished()).isTrue());
        Map<CustomerId, Long> timesReviewed = watched.listed().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(timesReviewed).hasSize((int) customers.count(CustomerFilter.NONE)).allSatisfy((id, times) -> assertThat(times).isOne());
        assertThat(lapsing).allSatisfy(id -> assertThat(customers.find(id).orElseThrow().isLoyal()).isFalse());
        assertThat(instance("three", watched).reviewThisYear()).as("a finished year is not reviewed again").isEmpty();
    }

    private ReviewingLoyalty instance(String runner, Customers walked) {
        CompanyCalendar calendar = new CompanyCalendar(Clock.fixed(NEW_YEAR, ZoneOffset.UTC), ZoneId.of("Europe/Moscow"));
        return new ReviewingLoyalty(walked, LoyaltyRule.DEFAULT, calendar, new MongoLoyaltyReviews(mongo),
                new ReviewingLoyalty.Runner(runner, Duration.ofMinutes(10), 5));
    }

    private static Optional<LoyaltyReview> await(CountDownLatch start, ReviewingLoyalty reviewing) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return reviewing.reviewThisYear();
    }

    /** Loyal after buying in 2028 and 2029, nothing in 2030: lapses at the start of 2031. */
    private CustomerId saveLoyalCustomerWhoStoppedBuying() {
        LocalDate day = LocalDate.of(2029, 6, 1);
        Instant at = Instant.parse("2029-06-01T09:00:00Z");
        Customer customer = Customer.register(CustomerId.newId(), "Review Ltd " + System.nanoTime(), Significance.KEY, at);
        for (int year : new int[] {2028, 2029}) {
            customer.recordPurchase(new Purchase("p-" + year, Money.of(1000, "RUB"), LocalDate.of(year, 5, 1), "C-" + year),
                    LoyaltyRule.DEFAULT, ProgrammeTerms.DEFAULT, day, at);
        }
        assertThat(customer.isLoyal()).isTrue();
        customers.save(customer);
        return customer.id();
    }
}
