package org.atelier.loyalty.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far the year-end loyalty review of one year has come: customers are reviewed in id order, so the last id
 * done says where to go on after a crash; customers whose save kept conflicting are listed as failed.
 *
 * @param lastCustomerId the last customer reviewed, in id order; null before the first
 */
public record LoyaltyReview(int year, String lastCustomerId, int changed, List<String> failed, boolean finished) {

    public LoyaltyReview {
        failed = List.copyOf(Objects.requireNonNullElse(failed, List.of()));
    }

    public static LoyaltyReview starting(int year) {
        return new LoyaltyReview(year, null, 0, List.of(), false);
    }

    public LoyaltyReview reviewed(CustomerId customer, boolean loyaltyChanged) {
        return new LoyaltyReview(year, customer.toString(), loyaltyChanged ? changed + 1 : changed, failed, false);
    }

    public LoyaltyReview failedOn(CustomerId customer) {
        List<String> more = new ArrayList<>(failed);
        more.add(customer.toString());
        return new LoyaltyReview(year, customer.toString(), changed, more, false);
    }

    public LoyaltyReview finish() {
        return new LoyaltyReview(year, lastCustomerId, changed, failed, true);
    }
}
