package org.atelier.survey.exit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's exit round: every customer lost that year with its case, the funnel from loss to outcome against the
 * article's benchmark (at least 25–30 % of lost customers interviewed), and each assignee's open and overdue cases. A
 * case whose loss loyalty withdrew is listed with its state but counts in no figure: the customer was never lost.
 *
 * @param interviewRateBasisPoints completed / lost, in basis points, rounded down; 0 when nothing was lost
 */
public record ExitRound(int year, List<ExitInterview> cases, Funnel funnel, int interviewRateBasisPoints, boolean benchmarkMet,
                        List<AssigneeLoad> assignees) {

    /** The article's benchmark: at least 25–30 % of lost customers agree to an interview. */
    public static final int BENCHMARK_LOW_BASIS_POINTS = 2_500;
    public static final int BENCHMARK_HIGH_BASIS_POINTS = 3_000;

    /** @param withdrawn cases of withdrawn losses, beside the funnel: none of them is in {@code lost} or any other count */
    public record Funnel(int lost, int contacted, int completed, int declined, int unreachable, int regained, int open, int withdrawn) {
    }

    /** @param assignee username, or null for cases nobody could be assigned */
    public record AssigneeLoad(String assignee, int open, int overdue) {
    }

    public static ExitRound of(int year, List<ExitInterview> cases, LocalDate today) {
        List<ExitInterview> losses = cases.stream().filter(exitInterview -> exitInterview.state() != CaseState.WITHDRAWN).toList();
        int completed = count(losses, CaseState.COMPLETED);
        Funnel funnel = new Funnel(losses.size(), (int) losses.stream().filter(ExitInterview::wasContacted).count(), completed,
                count(losses, CaseState.DECLINED), count(losses, CaseState.UNREACHABLE), count(losses, CaseState.REGAINED),
                count(losses, CaseState.OPEN), count(cases, CaseState.WITHDRAWN));
        int rate = losses.isEmpty() ? 0 : (int) ((long) completed * 10_000 / losses.size());
        Map<String, int[]> load = new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        for (ExitInterview exitInterview : cases) {
            if (exitInterview.state().isOpen()) {
                int[] counts = load.computeIfAbsent(exitInterview.assignment().assignee(), who -> new int[2]);
                counts[0]++;
                if (exitInterview.isOverdue(today)) {
                    counts[1]++;
                }
            }
        }
        List<AssigneeLoad> assignees = load.entrySet().stream()
                .map(entry -> new AssigneeLoad(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        return new ExitRound(year, List.copyOf(cases), funnel, rate, !losses.isEmpty() && rate >= BENCHMARK_LOW_BASIS_POINTS, assignees);
    }

    private static int count(List<ExitInterview> cases, CaseState state) {
        return (int) cases.stream().filter(exitInterview -> exitInterview.state() == state).count();
    }
}
