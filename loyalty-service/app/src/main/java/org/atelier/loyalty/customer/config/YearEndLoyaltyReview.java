package org.atelier.loyalty.customer.config;

import org.atelier.loyalty.customer.application.ReviewingLoyalty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reviews every customer's loyalty just after the turn of the year (UTC), when loyalty lapses without any purchase. */
@Component
class YearEndLoyaltyReview {

    private static final Logger log = LoggerFactory.getLogger(YearEndLoyaltyReview.class);

    private final ReviewingLoyalty reviewing;

    YearEndLoyaltyReview(ReviewingLoyalty reviewing) {
        this.reviewing = reviewing;
    }

    @Scheduled(cron = "${atelier.loyalty.year-end-review-cron:0 5 0 1 1 *}", zone = "UTC")
    void review() {
        log.info("Year-end loyalty review: {} customer(s) changed", reviewing.reviewAll());
    }
}
