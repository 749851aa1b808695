package org.atelier.loyalty.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A year's plan beside what the year brought, indicator by indicator: what finance and management compare before the
 * annual bonus (DOMAIN.md §6.3: an indicator passes against the plan when actual ≥ plan).
 *
 * @param currency    of the money indicators; null without a plan
 * @param revision    the results' revision compared; null before the results are recorded
 */
public record PlanVersusResults(int year, String currency, Integer revision, List<Indicator> indicators) {

    public enum Name {
        REVENUE, MARGIN, LOYAL_CUSTOMERS, LOYAL_KEY_CUSTOMERS, HEADCOUNT
    }

    /**
     * @param plan       null when the year has no plan
     * @param actual     null when not known: results not recorded, or loyal customers of a year other than this one
     *                   (loyalty-service knows only how many are loyal now; reporting counts 31 December from the events)
     * @param difference actual − plan, when both are known
     * @param reached    actual ≥ plan, when both are known; null for the headcount, which is no target to reach
     */
    public record Indicator(Name name, Long plan, Long actual, Long difference, Boolean reached) {

        static Indicator of(Name name, Long plan, Long actual, boolean isTarget) {
            boolean both = plan != null && actual != null;
            return new Indicator(name, plan, actual, both ? actual - plan : null, both && isTarget ? actual >= plan : null);
        }
    }

    /** How many customers are loyal, all and key ones. */
    public record LoyalCounts(long all, long key) {
    }

    /** @param loyalSoFar the counts of loyal customers, when the year is this one (now), else empty */
    public static PlanVersusResults of(AnnualFigures figures, Optional<LoyalCounts> loyalSoFar) {
        Optional<AnnualPlan> plan = figures.plan();
        Optional<AnnualResults> results = figures.results();
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.of(Name.REVENUE, plan.map(p -> p.revenue().minorUnits()).orElse(null),
                results.map(r -> r.revenue().minorUnits()).orElse(null), true));
        indicators.add(Indicator.of(Name.MARGIN, plan.map(p -> p.margin().minorUnits()).orElse(null),
                results.map(r -> r.margin().minorUnits()).orElse(null), true));
        indicators.add(Indicator.of(Name.LOYAL_CUSTOMERS, plan.map(p -> (long) p.loyalCustomers()).orElse(null),
                loyalSoFar.map(LoyalCounts::all).orElse(null), true));
        indicators.add(Indicator.of(Name.LOYAL_KEY_CUSTOMERS, plan.map(p -> (long) p.loyalKeyCustomers()).orElse(null),
                loyalSoFar.map(LoyalCounts::key).orElse(null), true));
        indicators.add(Indicator.of(Name.HEADCOUNT, plan.map(p -> (long) p.headcount()).orElse(null),
                results.map(r -> (long) r.headcount()).orElse(null), false));
        return new PlanVersusResults(figures.year(), plan.map(p -> p.revenue().currency().getCurrencyCode()).orElse(null),
                figures.currentRevision().map(ResultsRevision::revision).orElse(null), List.copyOf(indicators));
    }
}
