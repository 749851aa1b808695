package org.atelier.reporting.pool;

import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The annual pool ("13th salary") of one year exactly as domain §6.3 defines it: the gate's four indicators against
 * the plan and the previous year under the year's gate rule, the pool (the margin growth's share, the claims'
 * transfers, what the previous year carried), and what each employee gets or what is carried on.
 *
 * @param gateRuleFrom where the year's gate rule came from: finance's plan, the configuration, or a what-if
 * @param failing the indicators that do not pass, in the order shown; empty when the gate is open
 */
public record PoolReport(int year, String currency, GateRule gateRule, PoolRules.Source gateRuleFrom, boolean gateOpen,
                         List<Indicator> indicators, List<String> failing, Pool pool) implements Tabular {

    /** Its main table: the gate's indicators. */
    @Override
    public ReportTable table() {
        return PoolTable.indicators(this);
    }

    /** Its other tables, as its dashboard shows them. */
    @Override
    public java.util.Map<String, ReportTable> tables() {
        return PoolTable.others(this);
    }


    public static final String REVENUE = "revenue";
    public static final String MARGIN = "margin";
    public static final String LOYAL_KEY_CUSTOMERS = "loyalKeyCustomers";
    public static final String LOYAL_CUSTOMERS = "loyalCustomers";

    /**
     * @param actual        the year's value; null when finance has not recorded it
     * @param plan          the plan's value; null without a plan
     * @param previousYear  the previous year's value; null when not recorded
     * @param missing       what is missing for a comparison ({@code plan}, {@code actual}, {@code previousYear})
     */
    public record Indicator(String name, Long actual, Long plan, Long previousYear, boolean passesPlan,
                            boolean passesPreviousYear, boolean passes, List<String> missing) {
    }

    /**
     * @param marginGrowth     margin(Y) − margin(Y − 1), null when either is not recorded (then nothing comes from it)
     * @param fromMarginGrowth floor(share × max(0, growth) / 10 000)
     * @param fromClaims       the POOL_TRANSFER entries of claims decided in the year
     * @param carriedIn        what the previous year carried into this one
     * @param total            the pool
     * @param headcount        the results' headcount; null without results
     * @param perEmployee      floor(total / headcount) when the gate is open, else 0
     * @param paid             perEmployee × headcount
     * @param carriedOut       total − paid, carried into the next year
     */
    public record Pool(int marginGrowthShareBp, PoolRules.Source marginGrowthShareFrom, Long marginGrowth, long fromMarginGrowth, long fromClaims, long carriedIn,
                       long total, Integer headcount, long perEmployee, long paid, long carriedOut) {
    }

    public static PoolReport of(int year, PoolInputs inputs) {
        long carried = 0;
        Optional<Integer> first = inputs.firstYear();
        if (first.isPresent()) {
            // After the last year with figures or transfers nothing comes in or goes out: the carry stays as it is.
            int until = inputs.lastYear().map(last -> Math.min(year, last + 1)).orElse(year);
            for (int earlier = first.get(); earlier < until; earlier++) {
                carried = inputs.results(earlier).isPresent()
                        ? ofYear(earlier, inputs, carried).pool().carriedOut()
                        // Without results nothing is paid and there is no growth: what came in and the claims' transfers go on.
                        : carried + inputs.claimTransfers(earlier);
            }
        }
        return ofYear(year, inputs, carried);
    }

    private static PoolReport ofYear(int year, PoolInputs inputs, long carriedIn) {
        PoolRules rules = inputs.rules(year);
        Optional<AnnualFigures> plan = inputs.plan(year);
        Optional<AnnualFigures> results = inputs.results(year);
        Optional<AnnualFigures> previous = inputs.results(year - 1);
        LoyalCounts loyal = inputs.loyalAtYearEnd(year);
        LoyalCounts loyalBefore = inputs.loyalAtYearEnd(year - 1);

        List<Indicator> indicators = List.of(
                indicator(REVENUE, results.map(AnnualFigures::revenueMinor), plan.map(AnnualFigures::revenueMinor),
                        previous.map(AnnualFigures::revenueMinor), rules.gateRule()),
                indicator(MARGIN, results.map(AnnualFigures::marginMinor), plan.map(AnnualFigures::marginMinor),
                        previous.map(AnnualFigures::marginMinor), rules.gateRule()),
                indicator(LOYAL_KEY_CUSTOMERS, Optional.of((long) loyal.loyalKey()),
                        plan.flatMap(p -> Optional.ofNullable(p.loyalKeyCustomers())).map(Integer::longValue),
                        Optional.of((long) loyalBefore.loyalKey()), rules.gateRule()),
                indicator(LOYAL_CUSTOMERS, Optional.of((long) loyal.loyal()),
                        plan.flatMap(p -> Optional.ofNullable(p.loyalCustomers())).map(Integer::longValue),
                        Optional.of((long) loyalBefore.loyal()), rules.gateRule()));
        List<String> failing = indicators.stream().filter(indicator -> !indicator.passes()).map(Indicator::name).toList();
        boolean open = failing.isEmpty();

        Long growth = results.isPresent() && previous.isPresent() ? results.get().marginMinor() - previous.get().marginMinor() : null;
        long fromGrowth = growth == null ? 0 : shareOf(Math.max(0, growth), rules.marginGrowthShareBp());
        long fromClaims = inputs.claimTransfers(year);
        long total = fromGrowth + fromClaims + carriedIn;
        Integer headcount = results.map(AnnualFigures::headcount).orElse(null);
        long perEmployee = open && headcount != null && headcount > 0 ? Math.floorDiv(total, (long) headcount) : 0;
        long paid = headcount == null ? 0 : perEmployee * headcount;
        // The previous year's results name it too: a year whose own figures are not in yet still shows last year's.
        String currency = results.or(() -> plan).or(() -> previous).map(AnnualFigures::currency).orElse(null);
        return new PoolReport(year, currency, rules.gateRule(), rules.gateRuleFrom(), open, indicators, failing,
                new Pool(rules.marginGrowthShareBp(), rules.marginGrowthShareFrom(), growth, fromGrowth, fromClaims, carriedIn, total, headcount, perEmployee, paid, total - paid));
    }

    /** floor(amount × bp / 10 000) for amount ≥ 0 and bp ≤ 10 000, without overflowing for any amount. */
    static long shareOf(long amount, int bp) {
        return (amount / 10_000) * bp + (amount % 10_000) * bp / 10_000;
    }

    private static Indicator indicator(String name, Optional<Long> actual, Optional<Long> plan, Optional<Long> previous, GateRule rule) {
        List<String> missing = new ArrayList<>();
        if (actual.isEmpty()) {
            missing.add("actual");
        }
        if (plan.isEmpty()) {
            missing.add("plan");
        }
        if (previous.isEmpty()) {
            missing.add("previousYear");
        }
        boolean againstPlan = actual.isPresent() && plan.isPresent() && actual.get() >= plan.get();
        boolean againstPrevious = actual.isPresent() && previous.isPresent() && actual.get() > previous.get();
        return new Indicator(name, actual.orElse(null), plan.orElse(null), previous.orElse(null), againstPlan, againstPrevious,
                rule.passes(againstPlan, againstPrevious), List.copyOf(missing));
    }
}
