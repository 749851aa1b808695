package org.atelier.reporting.claims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.atelier.reporting.claims.ClaimFact.Kind;

/**
 * The claims and commendation acts behind a number of the claim outcomes report: chosen from the same facts by the
 * same rules as the report counts them ({@link ClaimOutcomesReport#of}), so a list is exactly as long as the number
 * it opens from.
 *
 * <p>A count is named as the report's table names its column ({@code filed}, {@code asRespondent.upheld}, …) for a
 * department's, or as the totals name it ({@code filed}, {@code upheld}, {@code commendationsApproved}, …) for the
 * company's.
 */
public final class ClaimList {

    /**
     * What a number counts: the kind of fact, its outcome, the department's side of it and, for a sum of money, the
     * amount it adds up (the facts that add nothing to it are left out of its list).
     */
    private record Criterion(Kind kind, String outcome, Side side, ToLongFunction<ClaimFact> amount) {

        Criterion(Kind kind, String outcome, Side side) {
            this(kind, outcome, side, null);
        }
    }

    private enum Side {
        CLAIMANT, RESPONDENT, EITHER
    }

    private static final Map<String, Criterion> OF_A_DEPARTMENT = new LinkedHashMap<>();
    private static final Map<String, Criterion> OF_THE_COMPANY = new LinkedHashMap<>();

    static {
        OF_A_DEPARTMENT.put("filed", new Criterion(Kind.CLAIM_FILED, null, Side.CLAIMANT));
        OF_A_DEPARTMENT.put("received", new Criterion(Kind.CLAIM_FILED, null, Side.RESPONDENT));
        for (String outcome : List.of("upheld", "partiallyUpheld", "rejected")) {
            OF_A_DEPARTMENT.put("asClaimant." + outcome, new Criterion(Kind.CLAIM_DECIDED, outcomeCode(outcome), Side.CLAIMANT));
            OF_A_DEPARTMENT.put("asRespondent." + outcome, new Criterion(Kind.CLAIM_DECIDED, outcomeCode(outcome), Side.RESPONDENT));
        }
        OF_A_DEPARTMENT.put("withdrawn", new Criterion(Kind.CLAIM_WITHDRAWN, null, Side.CLAIMANT));
        OF_A_DEPARTMENT.put("commendationsGiven", new Criterion(Kind.COMMENDATION_DECIDED, "APPROVED", Side.CLAIMANT));
        OF_A_DEPARTMENT.put("commendationsReceived", new Criterion(Kind.COMMENDATION_DECIDED, "APPROVED", Side.RESPONDENT));
        OF_A_DEPARTMENT.put("deducted", new Criterion(Kind.CLAIM_DECIDED, null, Side.RESPONDENT, ClaimFact::deduction));
        OF_A_DEPARTMENT.put("compensated", new Criterion(Kind.CLAIM_DECIDED, null, Side.CLAIMANT, ClaimFact::compensation));
        OF_A_DEPARTMENT.put("sentToThePool", new Criterion(Kind.CLAIM_DECIDED, null, Side.RESPONDENT, ClaimFact::pool));
        OF_A_DEPARTMENT.put("commendedWith", new Criterion(Kind.COMMENDATION_DECIDED, "APPROVED", Side.RESPONDENT, ClaimFact::granted));

        OF_THE_COMPANY.put("filed", new Criterion(Kind.CLAIM_FILED, null, Side.EITHER));
        OF_THE_COMPANY.put("decided", new Criterion(Kind.CLAIM_DECIDED, null, Side.EITHER));
        for (String outcome : List.of("upheld", "partiallyUpheld", "rejected")) {
            OF_THE_COMPANY.put(outcome, new Criterion(Kind.CLAIM_DECIDED, outcomeCode(outcome), Side.EITHER));
        }
        OF_THE_COMPANY.put("withdrawn", new Criterion(Kind.CLAIM_WITHDRAWN, null, Side.EITHER));
        OF_THE_COMPANY.put("commendationsApproved", new Criterion(Kind.COMMENDATION_DECIDED, "APPROVED", Side.EITHER));
        OF_THE_COMPANY.put("commendationsDeclined", new Criterion(Kind.COMMENDATION_DECIDED, "DECLINED", Side.EITHER));
        OF_THE_COMPANY.put("sentToThePool", new Criterion(Kind.CLAIM_DECIDED, null, Side.EITHER, ClaimFact::pool));
    }

    /** The numbers of a department's row that open a list: its counts and its sums of money. */
    public static final List<String> DEPARTMENT_COUNTS = List.copyOf(OF_A_DEPARTMENT.keySet());

    /** The counts the company's totals open. */
    public static final List<String> COMPANY_COUNTS = List.copyOf(OF_THE_COMPANY.keySet());

    /**
     * One claim or commendation act behind the number, as the fact counted shows it.
     *
     * @param filedOn the day the claim was filed, when its filing is known (also for a decision counted in a later year)
     * @param on      the day of the fact counted: filed, withdrawn or decided
     */
    public record Item(String itemId, boolean commendation, String from, String to, LocalDate filedOn, LocalDate on, String outcome,
                       String currency, long deduction, long compensation, long pool, long granted, String customerId) {
    }

    /** The money of a list in one currency, minor units: what its columns add up to. */
    public record Sums(String currency, long deduction, long compensation, long pool, long granted) {
    }

    private ClaimList() {
    }

    /** Per currency in which anything moved, in the currencies' order. */
    public static List<Sums> sums(List<Item> items) {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        items.stream().filter(item -> item.currency() != null).forEach(item -> {
            long[] of = sums.computeIfAbsent(item.currency(), currency -> new long[4]);
            of[0] += item.deduction();
            of[1] += item.compensation();
            of[2] += item.pool();
            of[3] += item.granted();
        });
        // A currency in which nothing moved (claims filed, not yet decided) has nothing to add up.
        return sums.entrySet().stream().filter(one -> java.util.Arrays.stream(one.getValue()).anyMatch(amount -> amount != 0))
                .map(one -> new Sums(one.getKey(), one.getValue()[0], one.getValue()[1], one.getValue()[2], one.getValue()[3])).toList();
    }

    /**
     * @param facts      the facts of the items touching the year, as the report is built from
     * @param count      a name of {@link #DEPARTMENT_COUNTS} when a department is given, else of {@link #COMPANY_COUNTS}
     * @param department the department whose number it is, or null for the company's
     * @return by the day counted, then the item's id
     * @throws IllegalArgumentException for a count the list does not know
     */
    public static List<Item> of(int year, List<ClaimFact> facts, String count, String department) {
        Criterion criterion = (department == null ? OF_THE_COMPANY : OF_A_DEPARTMENT).get(count);
        if (criterion == null) {
            throw new IllegalArgumentException("Unknown count: " + count);
        }
        Map<String, LocalDate> filedOn = new LinkedHashMap<>();
        facts.stream().filter(fact -> fact.kind() == Kind.CLAIM_FILED).forEach(fact -> filedOn.putIfAbsent(fact.itemId(), fact.on()));
        // One fact per item and kind, the first as the facts come, exactly as the report keeps them.
        Map<String, ClaimFact> once = new LinkedHashMap<>();
        facts.stream().filter(fact -> fact.year() == year && fact.kind() == criterion.kind())
                .forEach(fact -> once.putIfAbsent(fact.itemId(), fact));
        Predicate<ClaimFact> onTheSide = switch (criterion.side()) {
            case CLAIMANT -> fact -> department.equals(fact.from());
            case RESPONDENT -> fact -> department.equals(fact.to());
            case EITHER -> fact -> department == null || department.equals(fact.from()) || department.equals(fact.to());
        };
        return once.values().stream()
                .filter(fact -> criterion.outcome() == null || criterion.outcome().equals(fact.outcome()))
                .filter(onTheSide)
                .filter(fact -> criterion.amount() == null || criterion.amount().applyAsLong(fact) != 0)
                .sorted(Comparator.comparing(ClaimFact::on).thenComparing(ClaimFact::itemId))
                .map(fact -> new Item(fact.itemId(), fact.kind() == Kind.COMMENDATION_DECIDED || fact.kind() == Kind.COMMENDATION_FILED,
                        fact.from(), fact.to(), filedOn.get(fact.itemId()), fact.on(), fact.outcome(), fact.currency(), fact.deduction(),
                        fact.compensation(), fact.pool(), fact.granted(), fact.customerId()))
                .toList();
    }

    private static String outcomeCode(String count) {
        return switch (count) {
            case "upheld" -> "UPHELD";
            case "partiallyUpheld" -> "PARTIALLY_UPHELD";
            default -> "REJECTED";
        };
    }
}
