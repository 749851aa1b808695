package org.atelier.loyalty.customer.persistence;

import java.time.LocalDate;
import java.util.List;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.programme.OutstandingPoints;
import org.atelier.loyalty.programme.PointsAccount;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Answers the programme from the customers' documents: only customers with points not yet expired can hold any to
 * spend, and for each of those {@link PointsAccount} decides, so redemptions are counted the way the card counts them.
 * Reads the two points arrays alone; asked only when marketing changes the currency, and stops at the first holder.
 */
public class MongoOutstandingPoints implements OutstandingPoints {

    /** The part of a customer document that holds its points. */
    record PointsOnly(String id, List<CustomerDocument.AccrualDocument> pointsAccrued, List<CustomerDocument.RedemptionDocument> pointsRedeemed) {
    }

    private final MongoTemplate mongo;

    public MongoOutstandingPoints(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean anySpendableOn(LocalDate day) {
        Query holders = new Query(Criteria.where("pointsAccrued.expiresOn").gt(day));
        holders.fields().include("pointsAccrued", "pointsRedeemed");
        return mongo.stream(holders, PointsOnly.class, mongo.getCollectionName(CustomerDocument.class))
                .anyMatch(customer -> account(customer).spendableOn(day) > 0);
    }

    private static PointsAccount account(PointsOnly customer) {
        return new PointsAccount(
                listOf(customer.pointsAccrued()).stream().map(accrual -> new PointsAccount.Accrual(accrual.purchaseId(),
                        accrual.earnedOn(), accrual.points(), accrual.expiresOn())).toList(),
                listOf(customer.pointsRedeemed()).stream().map(redemption -> new PointsAccount.Redemption(redemption.redemptionId(),
                        redemption.redeemedOn(), redemption.points(), Money.of(redemption.valueMinor(), redemption.currency()),
                        redemption.reference(), redemption.redeemedBy())).toList());
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values;
    }
}
