package org.atelier.loyalty.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;
import org.junit.jupiter.api.Test;

class PointsAccountTest {

    /** 1 point per full 100.00 RUB, a point worth 1.00 RUB, 24 months to spend, tiers over 12 months. */
    private static final ProgrammeTerms TERMS = new ProgrammeTerms(Currency.getInstance("RUB"), 1, 10_000, 100, 24, 12,
            List.of(new DiscountTier("Silver", 1_000, 3), new DiscountTier("Gold", 5_000, 5)));

    @Test
    void aPurchaseEarnsWholeStepsOnlyInExactIntegerArithmetic() {
        assertThat(TERMS.pointsFor(Money.of(19_999, "RUB"))).isEqualTo(1);
        assertThat(TERMS.pointsFor(Money.of(9_999, "RUB"))).isZero();
        assertThat(TERMS.pointsFor(Money.of(125_000_000, "RUB"))).isEqualTo(12_500);
        assertThat(TERMS.pointsFor(Money.of(125_000_000, "EUR"))).as("another currency earns nothing").isZero();
    }

    @Test
    void pointsAreSpendableFromThePurchaseDayUntilTheDayBeforeTheyExpire() {
        PointsAccount account = PointsAccount.EMPTY.with(accrual("p1", LocalDate.of(2025, 3, 10), 500));

        assertThat(account.spendableOn(LocalDate.of(2025, 3, 9))).isZero();
        assertThat(account.spendableOn(LocalDate.of(2025, 3, 10))).isEqualTo(500);
        assertThat(account.spendableOn(LocalDate.of(2027, 3, 9))).as("the last day").isEqualTo(500);
        assertThat(account.spendableOn(LocalDate.of(2027, 3, 10))).as("the expiry day").isZero();
        assertThat(account.standingOn(LocalDate.of(2027, 3, 10), TERMS).expired()).isEqualTo(500);
    }

    @Test
    void redeemingSpendsTheSoonestExpiringPointsFirstSoFewerExpire() {
        PointsAccount account = PointsAccount.EMPTY
                .with(accrual("later", LocalDate.of(2026, 1, 10), 300))
                .with(accrual("sooner", LocalDate.of(2025, 2, 1), 200))
                .with(redemption(LocalDate.of(2026, 6, 1), 250));

        assertThat(account.spendableOn(LocalDate.of(2026, 6, 1))).isEqualTo(250);
        // The 200 earned in 2025 were spent in full, so nothing expires on 2027-02-01; 250 remain until 2028-01-10.
        PointsAccount.Standing afterFirstExpiry = account.standingOn(LocalDate.of(2027, 2, 1), TERMS);
        assertThat(afterFirstExpiry.spendable()).isEqualTo(250);
        assertThat(afterFirstExpiry.expired()).isZero();
        assertThat(afterFirstExpiry.nextExpiryOn()).contains(LocalDate.of(2028, 1, 10));
        assertThat(afterFirstExpiry.nextExpiryPoints()).isEqualTo(250);
    }

    @Test
    void expiredPointsCannotBeSpent() {
        PointsAccount account = PointsAccount.EMPTY.with(accrual("p1", LocalDate.of(2024, 1, 15), 800));

        assertThatThrownBy(() -> account.with(redemption(LocalDate.of(2026, 1, 15), 1)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Only 0 points");
    }

    @Test
    void redeemingMoreThanTheBalanceIsRefusedAndChangesNothing() {
        PointsAccount account = PointsAccount.EMPTY.with(accrual("p1", LocalDate.of(2026, 1, 15), 800));

        assertThatThrownBy(() -> account.with(redemption(LocalDate.of(2026, 2, 1), 801))).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("points"));
        assertThat(account.redemptions()).isEmpty();
        assertThat(account.spendableOn(LocalDate.of(2026, 2, 1))).isEqualTo(800);
    }

    @Test
    void spendingPointsNeverLowersTierPointsOrTheTier() {
        PointsAccount account = PointsAccount.EMPTY.with(accrual("p1", LocalDate.of(2026, 3, 1), 5_200));
        LocalDate day = LocalDate.of(2026, 4, 1);

        PointsAccount spent = account.with(redemption(day, 5_000));

        PointsAccount.Standing standing = spent.standingOn(day, TERMS);
        assertThat(standing.spendable()).isEqualTo(200);
        assertThat(standing.tierPoints()).isEqualTo(5_200);
        assertThat(standing.tier()).map(DiscountTier::name).contains("Gold");
        assertThat(standing.discountPercent()).isEqualTo(5);
    }

    @Test
    void tierPointsCountOnlyTheTierWindowWhileSpendablePointsLastUntilExpiry() {
        PointsAccount account = PointsAccount.EMPTY.with(accrual("p1", LocalDate.of(2025, 6, 1), 1_200));

        PointsAccount.Standing lastDayInWindow = account.standingOn(LocalDate.of(2026, 5, 31), TERMS);
        PointsAccount.Standing outOfWindow = account.standingOn(LocalDate.of(2026, 6, 1), TERMS);

        assertThat(lastDayInWindow.tierPoints()).isEqualTo(1_200);
        assertThat(lastDayInWindow.tier()).map(DiscountTier::name).contains("Silver");
        assertThat(outOfWindow.tierPoints()).isZero();
        assertThat(outOfWindow.tier()).isEmpty();
        assertThat(outOfWindow.discountPercent()).isZero();
        assertThat(outOfWindow.spendable()).as("still spendable for another year").isEqualTo(1_200);
    }

    @Test
    void aTierIsReachedExactlyAtItsThreshold() {
        assertThat(TERMS.tierFor(999)).isEmpty();
        assertThat(TERMS.tierFor(1_000)).map(DiscountTier::name).contains("Silver");
        assertThat(TERMS.tierFor(4_999)).map(DiscountTier::name).contains("Silver");
        assertThat(TERMS.tierFor(5_000)).map(DiscountTier::name).contains("Gold");
    }

    @Test
    void aBackdatedPurchaseAfterARedemptionKeepsTheBalanceConsistent() {
        PointsAccount account = PointsAccount.EMPTY.with(accrual("p1", LocalDate.of(2026, 3, 1), 300))
                .with(redemption(LocalDate.of(2026, 5, 1), 300))
                .with(accrual("backdated", LocalDate.of(2026, 4, 1), 100));

        assertThat(account.spendableOn(LocalDate.of(2026, 5, 2))).isEqualTo(100);
    }

    @Test
    void redeemedPointsAreWorthThePointValueExactly() {
        assertThat(TERMS.valueOf(3_000)).isEqualTo(Money.of(300_000, "RUB"));
        assertThatThrownBy(() -> TERMS.valueOf(Long.MAX_VALUE)).isInstanceOf(RuleViolation.class);
    }

    private static PointsAccount.Accrual accrual(String purchaseId, LocalDate earnedOn, long points) {
        return new PointsAccount.Accrual(purchaseId, earnedOn, points, TERMS.expiryFor(earnedOn));
    }

    private static PointsAccount.Redemption redemption(LocalDate on, long points) {
        return new PointsAccount.Redemption("r-" + on + "-" + points, on, points, TERMS.valueOf(points), "INV-1", "sales-staff");
    }
}
