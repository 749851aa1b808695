package org.atelier.reporting.claims;

import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atelier.reporting.claims.ClaimFact.Kind;
import org.atelier.reporting.claims.LostCustomerLink.LossCame;

/**
 * How the internal claims and commendation acts of one year ended, per department and for the company: claims filed
 * and received, decisions by outcome on either side, withdrawals, the money moved, commendations given and received,
 * and how long a decision takes.
 *
 * @param medianDaysToDecision over the claims decided in the year: the median of the days from filing to decision
 *                             (the mean of the two middle values for an even count); null when none was decided
 * @param lostCustomerLinks    the claims decided in the year as upheld or partially upheld about a customer who was lost,
 *                             before or after the decision, each with each counted loss of the customer
 * @param lostCustomers        the same links per lost customer
 */
public record ClaimOutcomesReport(int year, Totals totals, Double medianDaysToDecision, Map<String, Department> byDepartment,
                                  List<LostCustomerLink> lostCustomerLinks, List<LostCustomerClaims> lostCustomers) implements Tabular {

    /**
     * The same report with only one department's row (a department head's view): the totals and the median stay
     * company-wide; of the links to lost customers, those of claims the department filed or received.
     */
    public ClaimOutcomesReport ofDepartmentOnly(String department) {
        Map<String, Department> own = new LinkedHashMap<>();
        if (byDepartment.containsKey(department)) {
            own.put(department, byDepartment.get(department));
        }
        List<LostCustomerLink> links = lostCustomerLinks.stream().filter(link -> link.involves(department)).toList();
        return new ClaimOutcomesReport(year, totals, medianDaysToDecision, own, links, byCustomer(links));
    }

    /**
     * The links seen from the customers' side: per lost customer (in the order of its first link), the days it was lost
     * and the upheld claims about it.
     *
     * @param lostOn the days of its losses that are linked, earliest first
     * @param claims the ids of the upheld claims about it, in the order of their decisions
     */
    public record LostCustomerClaims(String customerId, String customerName, List<LocalDate> lostOn, List<String> claims) {
    }

    /** Its main table: the departments. */
    @Override
    public ReportTable table() {
        return ClaimOutcomesTable.byDepartment(this);
    }

    /** Its other tables, as its dashboard shows them. */
    @Override
    public java.util.Map<String, ReportTable> tables() {
        return ClaimOutcomesTable.others(this);
    }


    /** Money per currency, minor units. */
    public record Totals(int filed, int decided, int upheld, int partiallyUpheld, int rejected, int withdrawn,
                         Map<String, Long> deductions, Map<String, Long> compensations, Map<String, Long> toThePool,
                         int commendationsApproved, int commendationsDeclined, Map<String, Long> commendationsGranted) {
    }

    /**
     * @param filed            claims the department filed in the year
     * @param received         claims filed against it in the year
     * @param asClaimant       decisions in the year on the claims it filed
     * @param asRespondent     decisions in the year on the claims filed against it
     * @param withdrawn        its claims it withdrew in the year
     * @param deducted         deducted from it, per currency
     * @param compensated      compensated to it, per currency
     * @param sentToThePool    the pool's share of the deductions from it, per currency
     * @param commendationsGiven    commendation acts it petitioned that were approved in the year
     * @param commendationsReceived commendation acts for it approved in the year
     * @param commendedWith    granted to it by approved commendations, per currency
     */
    public record Department(int filed, int received, Outcomes asClaimant, Outcomes asRespondent, int withdrawn,
                             Map<String, Long> deducted, Map<String, Long> compensated, Map<String, Long> sentToThePool,
                             int commendationsGiven, int commendationsReceived, Map<String, Long> commendedWith) {
    }

    public record Outcomes(int upheld, int partiallyUpheld, int rejected) {
        static Outcomes of(List<ClaimFact> decisions) {
            return new Outcomes(count(decisions, "UPHELD"), count(decisions, "PARTIALLY_UPHELD"), count(decisions, "REJECTED"));
        }
    }

    /** The report without the links to lost customers (no loss known). */
    public static ClaimOutcomesReport of(int year, List<ClaimFact> facts) {
        return of(year, facts, List.of());
    }

    /**
     * @param losses counted losses (not withdrawn) of the customers the year's claims name, whatever their date; others
     *               are ignored
     */
    public static ClaimOutcomesReport of(int year, List<ClaimFact> facts, List<LostCustomerLoss> losses) {
        List<ClaimFact> ofYear = facts.stream().filter(fact -> fact.year() == year).toList();
        List<ClaimFact> filed = of(ofYear, Kind.CLAIM_FILED);
        List<ClaimFact> decided = of(ofYear, Kind.CLAIM_DECIDED);
        List<ClaimFact> withdrawn = of(ofYear, Kind.CLAIM_WITHDRAWN);
        List<ClaimFact> commendations = of(ofYear, Kind.COMMENDATION_DECIDED);
        List<ClaimFact> approved = commendations.stream().filter(fact -> "APPROVED".equals(fact.outcome())).toList();

        Totals totals = new Totals(filed.size(), decided.size(), count(decided, "UPHELD"), count(decided, "PARTIALLY_UPHELD"),
                count(decided, "REJECTED"), withdrawn.size(), sum(decided, ClaimFact::deduction), sum(decided, ClaimFact::compensation),
                sum(decided, ClaimFact::pool), approved.size(), count(commendations, "DECLINED"), sum(approved, ClaimFact::granted));

        Map<String, Department> byDepartment = new LinkedHashMap<>();
        List<String> departments = ofYear.stream().flatMap(fact -> Optional.ofNullable(fact.from()).stream())
                .collect(Collectors.toCollection(ArrayList::new));
        ofYear.forEach(fact -> Optional.ofNullable(fact.to()).ifPresent(departments::add));
        departments.stream().distinct().sorted().forEach(department -> {
            List<ClaimFact> mineAsClaimant = decided.stream().filter(fact -> department.equals(fact.from())).toList();
            List<ClaimFact> mineAsRespondent = decided.stream().filter(fact -> department.equals(fact.to())).toList();
            List<ClaimFact> commendedMe = approved.stream().filter(fact -> department.equals(fact.to())).toList();
            byDepartment.put(department, new Department(
                    (int) filed.stream().filter(fact -> department.equals(fact.from())).count(),
                    (int) filed.stream().filter(fact -> department.equals(fact.to())).count(),
                    Outcomes.of(mineAsClaimant), Outcomes.of(mineAsRespondent),
                    (int) withdrawn.stream().filter(fact -> department.equals(fact.from())).count(),
                    sum(mineAsRespondent, ClaimFact::deduction), sum(mineAsClaimant, ClaimFact::compensation),
                    sum(mineAsRespondent, ClaimFact::pool),
                    (int) approved.stream().filter(fact -> department.equals(fact.from())).count(), commendedMe.size(),
                    sum(commendedMe, ClaimFact::granted)));
        });
        List<LostCustomerLink> links = links(decided, facts, losses);
        return new ClaimOutcomesReport(year, totals, medianDaysToDecision(decided, facts), byDepartment, links, byCustomer(links));
    }

    /**
     * Every pair of a claim decided in the year as upheld or partially upheld about a customer, and a loss of that
     * customer: by decision day, then claim, then the loss's day.
     */
    private static List<LostCustomerLink> links(List<ClaimFact> decided, List<ClaimFact> facts, List<LostCustomerLoss> losses) {
        Map<String, String> customerAtFiling = new LinkedHashMap<>();
        facts.stream().filter(fact -> fact.kind() == Kind.CLAIM_FILED && fact.customerId() != null)
                .forEach(fact -> customerAtFiling.putIfAbsent(fact.itemId(), fact.customerId()));
        List<LostCustomerLink> links = new ArrayList<>();
        decided.stream().filter(fact -> UPHELD_AT_ALL.contains(fact.outcome()))
                .sorted(Comparator.comparing(ClaimFact::on).thenComparing(ClaimFact::itemId))
                .forEach(decision -> {
                    String customer = decision.customerId() != null ? decision.customerId() : customerAtFiling.get(decision.itemId());
                    if (customer == null) {
                        return;
                    }
                    losses.stream().filter(loss -> loss.customerId().equals(customer)).map(LostCustomerLoss::lostOn).distinct().sorted()
                            .forEach(lostOn -> links.add(new LostCustomerLink(decision.itemId(), decision.from(), decision.to(),
                                    decision.outcome(), decision.on(), customer, nameOf(customer, losses), lostOn,
                                    lostOn.isBefore(decision.on()) ? LossCame.BEFORE_DECISION : LossCame.AFTER_DECISION)));
                });
        return List.copyOf(links);
    }

    private static final List<String> UPHELD_AT_ALL = List.of("UPHELD", "PARTIALLY_UPHELD");

    private static String nameOf(String customerId, List<LostCustomerLoss> losses) {
        // The latest loss knows the latest name.
        return losses.stream().filter(loss -> loss.customerId().equals(customerId) && loss.customerName() != null)
                .max(Comparator.comparing(LostCustomerLoss::lostOn)).map(LostCustomerLoss::customerName).orElse(null);
    }

    private static List<LostCustomerClaims> byCustomer(List<LostCustomerLink> links) {
        Map<String, List<LostCustomerLink>> perCustomer = links.stream()
                .collect(Collectors.groupingBy(LostCustomerLink::customerId, LinkedHashMap::new, Collectors.toList()));
        return perCustomer.values().stream().map(ofCustomer -> new LostCustomerClaims(ofCustomer.get(0).customerId(),
                        ofCustomer.get(0).customerName(),
                        ofCustomer.stream().map(LostCustomerLink::lostOn).distinct().sorted().toList(),
                        ofCustomer.stream().map(LostCustomerLink::claimId).distinct().toList()))
                .toList();
    }

    private static Double medianDaysToDecision(List<ClaimFact> decided, List<ClaimFact> facts) {
        Map<String, ClaimFact> filings = facts.stream().filter(fact -> fact.kind() == Kind.CLAIM_FILED)
                .collect(Collectors.toMap(ClaimFact::itemId, Function.identity(), (first, again) -> first));
        List<Long> days = new ArrayList<>();
        for (ClaimFact decision : decided) {
            ClaimFact filing = filings.get(decision.itemId());
            if (filing != null) {
                days.add(ChronoUnit.DAYS.between(filing.on(), decision.on()));
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        Collections.sort(days);
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? days.get(middle).doubleValue() : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }

    private static List<ClaimFact> of(List<ClaimFact> facts, Kind kind) {
        // One fact per item and kind: a second event of the same kind for an item is a different event id, never expected.
        Map<String, ClaimFact> once = new LinkedHashMap<>();
        facts.stream().filter(fact -> fact.kind() == kind).forEach(fact -> once.putIfAbsent(fact.itemId(), fact));
        return List.copyOf(once.values());
    }

    private static int count(List<ClaimFact> decisions, String outcome) {
        return (int) decisions.stream().filter(fact -> outcome.equals(fact.outcome())).count();
    }

    private static Map<String, Long> sum(List<ClaimFact> facts, java.util.function.ToLongFunction<ClaimFact> amount) {
        Map<String, Long> sums = new TreeMap<>();
        facts.stream().filter(fact -> fact.currency() != null)
                .forEach(fact -> sums.merge(fact.currency(), amount.applyAsLong(fact), Long::sum));
        return sums;
    }
}
