package org.atelier.loyalty.customer.web.pages;

import java.time.LocalDate;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.programme.ProgrammeTerms;

/** A customer's points as the card shows them: plain values the template formats in the reader's language. */
record PointsView(long spendable, long tierPoints, String tier, int discountPercent, long expired, LocalDate nextExpiryOn,
                  long nextExpiryPoints, Money pointValue) {

    static PointsView of(PointsAccount.Standing standing, ProgrammeTerms programme) {
        return new PointsView(standing.spendable(), standing.tierPoints(), standing.tier().map(DiscountTier::name).orElse(null),
                standing.discountPercent(), standing.expired(), standing.nextExpiryOn().orElse(null), standing.nextExpiryPoints(),
                programme.valueOf(1));
    }
}
