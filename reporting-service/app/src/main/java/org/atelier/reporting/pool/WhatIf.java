package org.atelier.reporting.pool;

import java.util.Optional;

/**
 * The same year's pool with some inputs changed, stored nowhere: the year's results (revenue, margin, headcount), its
 * loyal counts, its gate rule or its margin share. Earlier years, and so what they carried in, stay as they are.
 */
public record WhatIf(Optional<Long> revenueMinor, Optional<Long> marginMinor, Optional<Integer> headcount, Optional<Integer> loyalCustomers,
                     Optional<Integer> loyalKeyCustomers, Optional<GateRule> gateRule, Optional<Integer> marginGrowthShareBp) {

    public boolean changesNothing() {
        return revenueMinor.isEmpty() && marginMinor.isEmpty() && headcount.isEmpty() && loyalCustomers.isEmpty()
                && loyalKeyCustomers.isEmpty() && gateRule.isEmpty() && marginGrowthShareBp.isEmpty();
    }

    /** The real inputs, changed for {@code year} only. */
    public PoolInputs on(int year, PoolInputs real) {
        WhatIf change = this;
        return new PoolInputs() {
            @Override
            public Optional<AnnualFigures> plan(int y) {
                return real.plan(y);
            }

            @Override
            public Optional<AnnualFigures> results(int y) {
                Optional<AnnualFigures> actual = real.results(y);
                if (y != year || (change.revenueMinor.isEmpty() && change.marginMinor.isEmpty() && change.headcount.isEmpty())) {
                    return actual;
                }
                String currency = actual.or(() -> real.plan(y)).map(AnnualFigures::currency).orElse("RUB");
                return Optional.of(new AnnualFigures(y, currency,
                        change.revenueMinor.orElseGet(() -> actual.map(AnnualFigures::revenueMinor).orElse(0L)),
                        change.marginMinor.orElseGet(() -> actual.map(AnnualFigures::marginMinor).orElse(0L)), null, null,
                        change.headcount.orElseGet(() -> actual.map(AnnualFigures::headcount).orElse(0)),
                        actual.map(AnnualFigures::at).orElse(java.time.Instant.EPOCH)));
            }

            @Override
            public LoyalCounts loyalAtYearEnd(int y) {
                LoyalCounts actual = real.loyalAtYearEnd(y);
                return y != year ? actual
                        : new LoyalCounts(change.loyalCustomers.orElse(actual.loyal()), change.loyalKeyCustomers.orElse(actual.loyalKey()));
            }

            @Override
            public long claimTransfers(int y) {
                return real.claimTransfers(y);
            }

            @Override
            public PoolRules rules(int y) {
                PoolRules actual = real.rules(y);
                return y != year ? actual
                        : new PoolRules(change.gateRule.orElse(actual.gateRule()), change.marginGrowthShareBp.orElse(actual.marginGrowthShareBp()),
                        change.gateRule.isPresent() ? PoolRules.Source.WHAT_IF : actual.gateRuleFrom(),
                        change.marginGrowthShareBp.isPresent() ? PoolRules.Source.WHAT_IF : actual.marginGrowthShareFrom());
            }

            @Override
            public Optional<Integer> firstYear() {
                return real.firstYear();
            }

            @Override
            public Optional<Integer> lastYear() {
                return real.lastYear();
            }
        };
    }
}
