package org.atelier.reporting.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atelier.reporting.pool.GateRule;
import org.atelier.reporting.pool.WhatIf;

/**
 * The pool page's what-if panel as a person fills it in: money in currency units ("1250000.50", two decimals at
 * most), counts as whole numbers, the margin share in percent ("10" or "12.5", to the hundredth). A blank field
 * keeps the real figure. Every field is read before refusing, so a panel with two mistakes names both.
 */
public record WhatIfForm(Map<String, String> values, WhatIf change, List<Problem> problems) {

    public static final List<String> FIELDS = List.of("revenue", "margin", "headcount", "loyalCustomers", "loyalKeyCustomers",
            "gateRule", "marginGrowthShare");
    public static final WhatIf NOTHING = new WhatIf(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
    private static final long MAX_MONEY_MINOR = Long.MAX_VALUE / 20_000;
    private static final int MAX_COUNT = 100_000_000;

    /** A field that could not be read, with the message key saying what it accepts. */
    public record Problem(String field, String messageKey) {
    }

    public static WhatIfForm read(Map<String, String> query) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = query.get(field);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Long> revenue = money(values.get("revenue"), "revenue", false, problems);
        Optional<Long> margin = money(values.get("margin"), "margin", true, problems);
        Optional<Integer> headcount = count(values.get("headcount"), "headcount", problems);
        Optional<Integer> loyal = count(values.get("loyalCustomers"), "loyalCustomers", problems);
        Optional<Integer> loyalKey = count(values.get("loyalKeyCustomers"), "loyalKeyCustomers", problems);
        Optional<GateRule> rule = gateRule(values.get("gateRule"), problems);
        Optional<Integer> share = share(values.get("marginGrowthShare"), problems);
        WhatIf change = new WhatIf(revenue, margin, headcount, loyal, loyalKey, rule, share);
        return new WhatIfForm(Map.copyOf(values), problems.isEmpty() ? change : NOTHING, List.copyOf(problems));
    }

    /** What the person typed in the field, or empty. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean changesSomething() {
        return !change.changesNothing();
    }

    private static Optional<Long> money(String value, String field, boolean mayBeNegative, List<Problem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(withoutSpaces(value).replace(',', '.'));
            if (amount.scale() > 2 || (!mayBeNegative && amount.signum() < 0)) {
                problems.add(new Problem(field, mayBeNegative ? "whatif.invalid.signedMoney" : "whatif.invalid.money"));
                return Optional.empty();
            }
            BigDecimal minor = amount.movePointRight(2);
            if (minor.abs().compareTo(BigDecimal.valueOf(MAX_MONEY_MINOR)) > 0) {
                problems.add(new Problem(field, "whatif.invalid.tooLarge"));
                return Optional.empty();
            }
            return Optional.of(minor.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new Problem(field, mayBeNegative ? "whatif.invalid.signedMoney" : "whatif.invalid.money"));
            return Optional.empty();
        }
    }

    private static Optional<Integer> count(String value, String field, List<Problem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            int count = Integer.parseInt(withoutSpaces(value));
            if (count < 0 || count > MAX_COUNT) {
                problems.add(new Problem(field, "whatif.invalid.count"));
                return Optional.empty();
            }
            return Optional.of(count);
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "whatif.invalid.count"));
            return Optional.empty();
        }
    }

    /** Digit groups as people type them in either language: "1 250 000", with ordinary or no-break spaces. */
    private static String withoutSpaces(String value) {
        return value.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    private static Optional<GateRule> gateRule(String value, List<Problem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        for (GateRule rule : GateRule.values()) {
            if (rule.name().equals(value)) {
                return Optional.of(rule);
            }
        }
        problems.add(new Problem("gateRule", "whatif.invalid.gateRule"));
        return Optional.empty();
    }

    /** Percent with at most two decimals, 0…100, as basis points: "12.5" is 1 250. */
    private static Optional<Integer> share(String value, List<Problem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            BigDecimal percent = new BigDecimal(value.replace(',', '.').replace("%", "").strip());
            if (percent.scale() > 2 || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new Problem("marginGrowthShare", "whatif.invalid.share"));
                return Optional.empty();
            }
            return Optional.of(percent.movePointRight(2).intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new Problem("marginGrowthShare", "whatif.invalid.share"));
            return Optional.empty();
        }
    }
}
