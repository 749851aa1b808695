package org.atelier.reporting.pool.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.atelier.reporting.claims.ClaimFact;
import org.atelier.reporting.claims.ClaimFacts;
import org.atelier.reporting.pool.AnnualFigures;
import org.atelier.reporting.pool.LoyalCounts;
import org.atelier.reporting.pool.PoolFacts;
import org.atelier.reporting.pool.PoolInputs;
import org.atelier.reporting.pool.PoolRules;
import org.atelier.reporting.pool.PoolSettings;

/** The pool's inputs as the read models hold them now. */
class ReadModelPoolInputs implements PoolInputs {

    private final PoolFacts facts;
    private final ClaimFacts claims;
    private final PoolSettings settings;

    ReadModelPoolInputs(PoolFacts facts, ClaimFacts claims, PoolSettings settings) {
        this.facts = facts;
        this.claims = claims;
        this.settings = settings;
    }

    @Override
    public Optional<AnnualFigures> plan(int year) {
        return facts.figures(PoolFacts.Figures.PLAN, year);
    }

    @Override
    public Optional<AnnualFigures> results(int year) {
        return facts.figures(PoolFacts.Figures.RESULTS, year);
    }

    @Override
    public LoyalCounts loyalAtYearEnd(int year) {
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        return LoyalCounts.onDay(lastDay, facts.loyaltyUpTo(lastDay));
    }

    @Override
    public long claimTransfers(int year) {
        // One decision per claim, the first as the facts come, exactly as the claim outcomes report counts it: the
        // pool's share of the claims is the sum of that report's "to the pool".
        java.util.Map<String, ClaimFact> decisions = new java.util.LinkedHashMap<>();
        claims.ofItemsTouching(year).stream()
                .filter(fact -> fact.kind() == ClaimFact.Kind.CLAIM_DECIDED && fact.year() == year)
                .forEach(fact -> decisions.putIfAbsent(fact.itemId(), fact));
        return decisions.values().stream().mapToLong(ClaimFact::pool).sum();
    }

    @Override
    public PoolRules rules(int year) {
        return settings.of(year).overriddenBy(plan(year).orElse(null));
    }

    @Override
    public Optional<Integer> lastYear() {
        return Stream.of(facts.lastYear(), claims.lastYear()).flatMap(Optional::stream).max(Integer::compare);
    }

    @Override
    public Optional<Integer> firstYear() {
        return Stream.of(facts.firstYear(), claims.firstYear()).flatMap(Optional::stream).min(Integer::compare);
    }
}
