package org.atelier.loyalty.customer.config;

import java.util.Optional;
import org.atelier.loyalty.customer.LoyaltyReview;
import org.atelier.loyalty.customer.application.ReviewingLoyalty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reviews every customer's loyalty at midnight of 1 January in the company's time zone, when loyalty lapses
 * without any purchase. Every instance fires; one reviews (see {@link ReviewingLoyalty}). Every few minutes each
 * instance also looks for this year's review left unfinished by a crashed runner and goes on with it.
 */
@Component
class YearEndLoyaltyReview {

    private static final Logger log = LoggerFactory.getLogger(YearEndLoyaltyReview.class);

    private final ReviewingLoyalty reviewing;

    YearEndLoyaltyReview(ReviewingLoyalty reviewing) {
        this.reviewing = reviewing;
    }

    @Scheduled(cron = "${atelier.loyalty.year-end-review-cron:0 0 0 1 1 *}", zone = "${atelier.company.zone:Europe/Moscow}")
    void review() {
        report(reviewing.reviewThisYear(), "Year-end loyalty review");
    }

    @Scheduled(fixedDelayString = "${atelier.loyalty.review.resume-every:PT5M}", initialDelayString = "${atelier.loyalty.review.resume-every:PT5M}")
    void resumeUnfinished() {
        report(reviewing.resumeUnfinished(), "Resumed year-end loyalty review");
    }

    private static void report(Optional<LoyaltyReview> done, String what) {
        done.ifPresentOrElse(review -> {
            log.info("{} of {} finished: {} customer(s) changed", what, review.year(), review.changed());
            if (!review.failed().isEmpty()) {
                log.warn("{} of {}: customers changed meanwhile too often to be reviewed, review them again: {}", what, review.year(),
                        review.failed());
            }
        }, () -> log.debug("{}: nothing to do here (done before, or running on another instance)", what));
    }
}
