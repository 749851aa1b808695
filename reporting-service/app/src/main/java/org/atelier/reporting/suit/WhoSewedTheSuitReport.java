package org.atelier.reporting.suit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.atelier.reporting.churn.ChurnReport;
import org.atelier.reporting.churn.InterviewFact;
import org.atelier.reporting.churn.LostCustomer;
import org.atelier.reporting.matrix.Campaign;
import org.atelier.reporting.matrix.CampaignSummary;
import org.atelier.reporting.matrix.MatrixReport;
import org.atelier.reporting.matrix.MatrixRules;
import org.atelier.reporting.matrix.TaskCoverage;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;

/**
 * "Who sewed the suit?" (domain §6.5): for the losses of a period, per reason, the tasks the latest closed matrix
 * campaign links to it, whom the matrix holds responsible for them, and whether the departments named at fault for
 * those losses appear on those tasks at all.
 *
 * @param losses             the period's losses, as the churn report counts them (withdrawn ones not)
 * @param interviews         completed exit interviews of those losses
 * @param campaign           the latest-opened closed campaign; null when none has closed yet
 * @param matrixWithheld     that campaign has fewer respondents than the anonymity threshold: its matrix is not shown
 * @param reasons            every reason of the taxonomy, in its order
 * @param departmentsAtFault every department named at fault by a loss or an interview of the period, most named first
 */
public record WhoSewedTheSuitReport(int year, Integer quarter, int losses, int interviews, CampaignSummary campaign, boolean matrixWithheld,
                                    List<ReasonView> reasons, List<NamedAtFault> departmentsAtFault) implements Tabular {

    /** A row per reason of the taxonomy: how often named, its tasks, who the matrix holds responsible, who was blamed. */
    @Override
    public ReportTable table() {
        return SuitTable.byReason(this);
    }


    /**
     * @param losses             the period's losses naming the reason (primary or not)
     * @param interviews         the completed interviews of the period's losses naming it
     * @param tasks              the campaign's tasks linked to the reason, as all its respondents saw them
     * @param departmentsAtFault the departments named at fault by those losses and interviews, most named first
     */
    public record ReasonView(String reason, int losses, int interviews, List<LinkedTask> tasks, List<DepartmentAtFault> departmentsAtFault) {
    }

    public record LinkedTask(String task, String nameEn, String nameRu, List<String> consensusOwners, String consensusOwner,
                             Integer consensusShareBp, List<TaskCoverage.Flag> flags, List<String> blindSpots) {
    }

    /**
     * @param forgotten on none of the reason's linked tasks does the department's R-share or P-share reach 20 %; null
     *                  when that cannot be judged (no closed campaign, its matrix withheld, or no task linked to the reason)
     */
    public record DepartmentAtFault(String department, int byLosses, int byInterviews, Boolean forgotten) {
    }

    /** @param forgottenFor the reasons under which the matrix forgot the department */
    public record NamedAtFault(String department, int byLosses, int byInterviews, List<String> forgottenFor) {
    }

    public static WhoSewedTheSuitReport of(int year, Optional<Integer> quarter, List<LostCustomer> lossesOfTheYear,
                                           List<InterviewFact> interviewFactsOfTheYear, Optional<MatrixReport.Round> latestClosed,
                                           MatrixRules rules) {
        List<LostCustomer> losses = lossesOfTheYear.stream()
                .filter(loss -> loss.year() == year && quarter.map(q -> q == loss.quarter()).orElse(true)).toList();
        List<InterviewFact> interviews = completedInterviewsOf(losses, interviewFactsOfTheYear);

        Optional<Campaign> campaign = latestClosed.map(MatrixReport.Round::campaign);
        int respondents = latestClosed.map(round -> round.responses().size()).orElse(0);
        boolean withheld = latestClosed.isPresent() && respondents < rules.anonymityThreshold();
        Map<String, TaskCoverage> coverage = new LinkedHashMap<>();
        if (latestClosed.isPresent() && !withheld) {
            TaskCoverage.of(latestClosed.get().campaign(), latestClosed.get().responses(), rules, true)
                    .forEach(task -> coverage.put(task.task(), task));
        }

        List<ReasonView> reasons = new ArrayList<>();
        Map<String, List<String>> forgottenFor = new LinkedHashMap<>();
        for (String reason : ChurnReport.REASONS) {
            List<LostCustomer> naming = losses.stream().filter(loss -> loss.reasons().contains(reason)).toList();
            List<InterviewFact> interviewsNaming = interviews.stream().filter(done -> done.reasons().contains(reason)).toList();
            List<TaskCoverage> linked = campaign.map(c -> c.tasks().stream().filter(task -> task.reasons().contains(reason))
                    .map(task -> coverage.get(task.code())).filter(java.util.Objects::nonNull).toList()).orElse(List.of());
            Map<String, Integer> byLosses = counts(naming.stream().flatMap(loss -> loss.departmentsAtFault().stream()).toList());
            Map<String, Integer> byInterviews = counts(interviewsNaming.stream().flatMap(done -> done.departmentsAtFault().stream()).toList());
            List<DepartmentAtFault> departments = new ArrayList<>();
            for (String department : mostNamedFirst(byLosses, byInterviews)) {
                Boolean forgotten = linked.isEmpty() ? null : forgotten(department, linked, respondents, rules);
                if (Boolean.TRUE.equals(forgotten)) {
                    forgottenFor.computeIfAbsent(department, d -> new ArrayList<>()).add(reason);
                }
                departments.add(new DepartmentAtFault(department, byLosses.getOrDefault(department, 0),
                        byInterviews.getOrDefault(department, 0), forgotten));
            }
            reasons.add(new ReasonView(reason, naming.size(), interviewsNaming.size(), linked.stream().map(WhoSewedTheSuitReport::linkedTask).toList(),
                    departments));
        }

        Map<String, Integer> allByLosses = counts(losses.stream().flatMap(loss -> loss.departmentsAtFault().stream()).toList());
        Map<String, Integer> allByInterviews = counts(interviews.stream().flatMap(done -> done.departmentsAtFault().stream()).toList());
        List<NamedAtFault> named = mostNamedFirst(allByLosses, allByInterviews).stream()
                .map(department -> new NamedAtFault(department, allByLosses.getOrDefault(department, 0), allByInterviews.getOrDefault(department, 0),
                        forgottenFor.getOrDefault(department, List.of()))).toList();

        return new WhoSewedTheSuitReport(year, quarter.orElse(null), losses.size(), interviews.size(),
                latestClosed.map(round -> CampaignSummary.of(round.campaign(), round.responses().size())).orElse(null), withheld, reasons, named);
    }

    /** Forgotten: on every linked task, both the department's R-share and its P-share stay below the threshold (exactly). */
    private static boolean forgotten(String department, List<TaskCoverage> linked, int respondents, MatrixRules rules) {
        return linked.stream().allMatch(task -> {
            Optional<TaskCoverage.Cell> cell = task.cells().stream().filter(c -> c.department().equals(department)).findFirst();
            long r = cell.map(TaskCoverage.Cell::r).orElse(0);
            long p = cell.map(TaskCoverage.Cell::p).orElse(0);
            return r * 10_000 < (long) rules.forgottenBelowBp() * respondents && p * 10_000 < (long) rules.forgottenBelowBp() * respondents;
        });
    }

    private static LinkedTask linkedTask(TaskCoverage task) {
        return new LinkedTask(task.task(), task.nameEn(), task.nameRu(), task.consensusOwners(), task.consensusOwner(), task.consensusShareBp(),
                task.flags(), task.blindSpots());
    }

    /** One completed interview per counted loss of the period, matched by customer and loss date, as the interview rate does. */
    private static List<InterviewFact> completedInterviewsOf(List<LostCustomer> losses, List<InterviewFact> facts) {
        Map<String, InterviewFact> completedByLoss = new LinkedHashMap<>();
        Set<String> cases = new LinkedHashSet<>();
        facts.stream().filter(fact -> fact.kind() == InterviewFact.Kind.COMPLETED).filter(fact -> cases.add(fact.caseId()))
                .forEach(done -> completedByLoss.putIfAbsent(key(done.customerId(), done.lostOn()), done));
        List<InterviewFact> interviews = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (LostCustomer loss : losses) {
            String key = key(loss.customerId(), loss.lostOn());
            if (completedByLoss.containsKey(key) && taken.add(key)) {
                interviews.add(completedByLoss.get(key));
            }
        }
        return interviews;
    }

    private static String key(String customerId, LocalDate lostOn) {
        return customerId + "\n" + lostOn;
    }

    private static Map<String, Integer> counts(List<String> names) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.merge(name, 1, Integer::sum));
        return counts;
    }

    private static List<String> mostNamedFirst(Map<String, Integer> byLosses, Map<String, Integer> byInterviews) {
        Set<String> departments = new LinkedHashSet<>(byLosses.keySet());
        departments.addAll(byInterviews.keySet());
        return departments.stream()
                .sorted(Comparator.comparing((String d) -> -(byLosses.getOrDefault(d, 0) + byInterviews.getOrDefault(d, 0)))
                        .thenComparing(Function.identity()))
                .toList();
    }
}
