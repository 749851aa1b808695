package org.atelier.reporting.pool;

import java.util.Map;

/**
 * The pool's configured rules per year: the defaults, and the years management set otherwise. They are the fallback:
 * finance's plan of a year may set either rule, and then the plan's wins ({@link PoolRules#overriddenBy}).
 */
public record PoolSettings(PoolRules defaults, Map<Integer, PoolRules> byYear) {

    public PoolSettings {
        byYear = Map.copyOf(byYear);
    }

    public PoolRules of(int year) {
        return byYear.getOrDefault(year, defaults);
    }
}
