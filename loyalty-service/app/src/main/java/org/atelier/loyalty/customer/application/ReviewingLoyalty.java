package org.atelier.loyalty.customer.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.Customers;
import org.atelier.loyalty.customer.LoyaltyReview;
import org.atelier.loyalty.customer.LoyaltyReviews;
import org.atelier.loyalty.customer.LoyaltyRule;

/**
 * Applies the loyalty rule to every customer at the turn of the company's year, when customers who bought
 * nothing for too long lapse without any change of their own.
 *
 * <p>Every instance of the service fires it; the year's {@link LoyaltyReview} lease lets one runner review the
 * year and the others do nothing. Customers are walked in id order and the last one done is recorded after every
 * page, so a runner that takes over after a crash goes on from there (a page reviewed again changes nothing: the
 * review only records changes). A customer someone else saved meanwhile is reloaded and reviewed again, a few
 * times; then it is recorded as failed and the review goes on.
 */
public class ReviewingLoyalty {

    /** How often a customer whose save conflicts is reloaded and reviewed again before it is recorded as failed. */
    static final int ATTEMPTS = 3;

    private final Customers customers;
    private final LoyaltyRule rule;
    private final CompanyCalendar calendar;
    private final LoyaltyReviews reviews;
    private final Runner runner;

    /**
     * @param name  this runner among all the service's instances
     * @param lease how long a runner holds the review without recording progress; longer than one page takes
     * @param page  how many customers are reviewed between records of progress
     */
    public record Runner(String name, Duration lease, int page) {
    }

    public ReviewingLoyalty(Customers customers, LoyaltyRule rule, CompanyCalendar calendar, LoyaltyReviews reviews, Runner runner) {
        this.customers = customers;
        this.rule = rule;
        this.calendar = calendar;
        this.reviews = reviews;
        this.runner = runner;
    }

    /**
     * Reviews the company's current year, or goes on with its review.
     *
     * @return the finished review; empty when it was finished before, another runner holds it, or this runner lost
     *         it to another meanwhile
     */
    public Optional<LoyaltyReview> reviewThisYear() {
        return review(calendar.year());
    }

    /** Goes on with this year's review when one was started and not finished (its runner crashed, say). */
    public Optional<LoyaltyReview> resumeUnfinished() {
        int year = calendar.year();
        return reviews.find(year).filter(review -> !review.finished()).flatMap(review -> review(year));
    }

    private Optional<LoyaltyReview> review(int year) {
        Optional<LoyaltyReview> claimed = reviews.claim(year, runner.name(), calendar.now(), leaseEnd());
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        LoyaltyReview progress = claimed.get();
        LocalDate asOf = calendar.today();
        while (true) {
            List<Customer> page = customers.inIdOrderAfter(progress.lastCustomerId() == null ? null
                    : CustomerId.parse(progress.lastCustomerId()).orElseThrow(), runner.page());
            for (Customer customer : page) {
                progress = review(customer, asOf, progress);
            }
            if (page.size() < runner.page()) {
                progress = progress.finish();
            }
            if (!reviews.record(progress, runner.name(), leaseEnd())) {
                return Optional.empty();
            }
            if (progress.finished()) {
                return Optional.of(progress);
            }
        }
    }

    private LoyaltyReview review(Customer loaded, LocalDate asOf, LoyaltyReview progress) {
        CustomerId id = loaded.id();
        Customer customer = loaded;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            boolean before = customer.isLoyal();
            customer.reviewLoyalty(rule, asOf, calendar.now());
            if (customer.isLoyal() == before) {
                return progress.reviewed(id, false);
            }
            try {
                customers.save(customer);
                return progress.reviewed(id, true);
            } catch (ConcurrentChange meanwhile) {
                Optional<Customer> reloaded = customers.find(id);
                if (reloaded.isEmpty()) {
                    return progress.reviewed(id, false);
                }
                customer = reloaded.get();
            }
        }
        return progress.failedOn(id);
    }

    private Instant leaseEnd() {
        return calendar.now().plus(runner.lease());
    }
}
