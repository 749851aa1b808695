package org.atelier.claims.bonus;

/** Shares of amounts in basis points, exact for every non-negative long. */
final class BasisPoints {

    private BasisPoints() {
    }

    /**
     * floor(amount × ratio / 10 000) without the product ever overflowing: with amount = q × 10 000 + r it is
     * q × ratio + floor(r × ratio / 10 000), and both terms stay below the amount while ratio ≤ 10 000.
     */
    static long floorShare(long amount, int ratio) {
        if (amount < 0 || ratio < 0 || ratio > BonusPolicy.FULL) {
            throw new IllegalArgumentException("amount " + amount + " and ratio " + ratio + " must be non-negative, ratio at most 10 000");
        }
        long whole = amount / BonusPolicy.FULL;
        long rest = amount % BonusPolicy.FULL;
        return whole * ratio + rest * ratio / BonusPolicy.FULL;
    }
}
