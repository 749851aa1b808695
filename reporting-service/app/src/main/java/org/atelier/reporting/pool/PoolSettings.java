package org.atelier.reporting.pool;

import java.util.Map;

/**
 * The pool's rules per year: the defaults, and the years management set otherwise. Configuration rather than data,
 * because they change once a year at most and are agreed before the year starts.
 */
public record PoolSettings(PoolRules defaults, Map<Integer, PoolRules> byYear) {

    public PoolSettings {
        byYear = Map.copyOf(byYear);
    }

    public PoolRules of(int year) {
        return byYear.getOrDefault(year, defaults);
    }
}
