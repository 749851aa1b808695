package org.atelier.reporting.churn;

import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The exit round of one year: what became of the cases opened for that year's losses, the interview rate beside the
 * article's 25–30 %, and sales' reasons beside the customers' own.
 *
 * @param losses            the year's losses, as the churn report counts them (withdrawn ones not)
 * @param interviewRateBp   completed interviews of those losses / losses, in basis points rounded down; null without losses
 * @param salesVsCustomer   for the losses with a completed interview
 */
public record ExitInterviewReport(int year, int losses, Funnel funnel, Integer interviewRateBp, Benchmark benchmark,
                                  SalesVsCustomer salesVsCustomer) implements Tabular {

    /**
     * The same report with only one department's row of {@code salesVsCustomer.departmentsAtFault} (a department head's
     * view); every other figure is company-wide and stays.
     */
    public ExitInterviewReport ofDepartmentOnly(String department) {
        Map<String, NamedBy> own = new LinkedHashMap<>();
        if (salesVsCustomer.departmentsAtFault().containsKey(department)) {
            own.put(department, salesVsCustomer.departmentsAtFault().get(department));
        }
        return new ExitInterviewReport(year, losses, funnel, interviewRateBp, benchmark, new SalesVsCustomer(
                salesVsCustomer.compared(), salesVsCustomer.primaryReasonsMatch(), salesVsCustomer.byReason(), own));
    }

    /** Its main table: sales' reasons beside the customers'. */
    @Override
    public ReportTable table() {
        return ChurnTables.salesVsCustomer(this);
    }

    /** Its other tables, as its dashboard shows them. */
    @Override
    public java.util.Map<String, ReportTable> tables() {
        return ChurnTables.others(this);
    }


    /**
     * @param opened      cases opened for the year's losses
     * @param contacted   cases with an attempt logged, or answered (completed or declined) without one
     * @param completed   completed, either way; {@code byInterview} + {@code bySelfService}
     * @param open        opened and not yet completed, declined or closed
     */
    public record Funnel(int opened, int contacted, int completed, int byInterview, int bySelfService, int declined,
                         int unreachable, int regained, int open) {

        static Funnel of(Map<InterviewCases.Step, Integer> counts) {
            return new Funnel(counts.get(InterviewCases.Step.OPENED), counts.get(InterviewCases.Step.CONTACTED),
                    counts.get(InterviewCases.Step.COMPLETED), counts.get(InterviewCases.Step.BY_INTERVIEW),
                    counts.get(InterviewCases.Step.BY_SELF_SERVICE), counts.get(InterviewCases.Step.DECLINED),
                    counts.get(InterviewCases.Step.UNREACHABLE), counts.get(InterviewCases.Step.REGAINED),
                    counts.get(InterviewCases.Step.OPEN));
        }

        /** The number of cases in the step. */
        public int count(InterviewCases.Step step) {
            return switch (step) {
                case OPENED -> opened;
                case CONTACTED -> contacted;
                case COMPLETED -> completed;
                case BY_INTERVIEW -> byInterview;
                case BY_SELF_SERVICE -> bySelfService;
                case DECLINED -> declined;
                case UNREACHABLE -> unreachable;
                case REGAINED -> regained;
                case OPEN -> open;
            };
        }
    }

    /** The article's share of lost customers that a company should manage to interview, in basis points. */
    public record Benchmark(int fromBp, int toBp) {
        public static final Benchmark ARTICLE = new Benchmark(2_500, 3_000);
    }

    /**
     * @param compared            losses with a completed interview
     * @param primaryReasonsMatch those whose interview's primary reason is the one sales recorded
     * @param byReason            per reason code: losses (of all the year's) with it as the primary reason as sales
     *                            recorded them, and completed interviews with it as their primary reason, each with its
     *                            share in basis points of its own total, rounded down
     * @param departmentsAtFault  per department: the losses (as sales recorded them) and the interviews naming it
     */
    public record SalesVsCustomer(int compared, int primaryReasonsMatch, Map<String, ReasonShares> byReason,
                                  Map<String, NamedBy> departmentsAtFault) {
    }

    public record ReasonShares(int bySales, Integer bySalesBp, int byCustomers, Integer byCustomersBp) {
    }

    public record NamedBy(int sales, int customers) {
    }

    public static ExitInterviewReport of(int year, List<LostCustomer> lossesOfTheYear, List<InterviewFact> factsOfTheYear) {
        List<LostCustomer> losses = lossesOfTheYear.stream().filter(loss -> loss.year() == year).toList();
        Map<String, List<InterviewFact>> cases = InterviewCases.ofYear(year, factsOfTheYear);
        Funnel funnel = Funnel.of(InterviewCases.counts(cases.values()));

        Map<LossKey, InterviewFact> completedByLoss = new LinkedHashMap<>();
        cases.values().forEach(facts -> completion(facts)
                .ifPresent(done -> completedByLoss.putIfAbsent(new LossKey(done.customerId(), done.lostOn()), done)));
        List<LostCustomer> interviewed = losses.stream().filter(loss -> completedByLoss.containsKey(LossKey.of(loss))).toList();
        List<InterviewFact> interviews = interviewed.stream().map(loss -> completedByLoss.get(LossKey.of(loss))).toList();
        int matching = (int) interviewed.stream()
                .filter(loss -> loss.primaryReason().equals(completedByLoss.get(LossKey.of(loss)).primaryReason())).count();

        Map<String, ReasonShares> byReason = new LinkedHashMap<>();
        for (String reason : ChurnReport.REASONS) {
            int bySales = (int) losses.stream().filter(loss -> reason.equals(loss.primaryReason())).count();
            int byCustomers = (int) interviews.stream().filter(done -> reason.equals(done.primaryReason())).count();
            byReason.put(reason, new ReasonShares(bySales, ChurnReport.basisPoints(bySales, losses.size()), byCustomers,
                    ChurnReport.basisPoints(byCustomers, interviews.size())));
        }
        Map<String, Integer> salesNamed = counts(losses.stream().flatMap(loss -> loss.departmentsAtFault().stream()).toList());
        Map<String, Integer> customersNamed = counts(interviews.stream().flatMap(done -> done.departmentsAtFault().stream()).toList());
        Map<String, NamedBy> departments = new LinkedHashMap<>();
        TreeSet<String> named = new TreeSet<>(salesNamed.keySet());
        named.addAll(customersNamed.keySet());
        named.stream()
                .sorted(Comparator.comparing((String department) -> -(salesNamed.getOrDefault(department, 0) + customersNamed.getOrDefault(department, 0)))
                        .thenComparing(Function.identity()))
                .forEach(department -> departments.put(department,
                        new NamedBy(salesNamed.getOrDefault(department, 0), customersNamed.getOrDefault(department, 0))));

        return new ExitInterviewReport(year, losses.size(), funnel, ChurnReport.basisPoints(interviewed.size(), losses.size()),
                Benchmark.ARTICLE, new SalesVsCustomer(interviewed.size(), matching, byReason, departments));
    }

    private static Optional<InterviewFact> completion(List<InterviewFact> facts) {
        return InterviewCases.completion(facts);
    }

    private static Map<String, Integer> counts(List<String> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.merge(name, 1, Integer::sum));
        return counts;
    }

    private record LossKey(String customerId, LocalDate lostOn) {
        static LossKey of(LostCustomer loss) {
            return new LossKey(loss.customerId(), loss.lostOn());
        }
    }
}
