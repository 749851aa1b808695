package org.atelier.reporting.churn;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exit-interview cases of a year and the funnel's steps each counts in: the one place the funnel's rules live, so
 * the funnel's numbers ({@link ExitInterviewReport.Funnel}) and the lists behind them ({@link #behind}) cannot differ.
 */
public final class InterviewCases {

    /** A step of the funnel, named in links as the page names it ({@code opened}, {@code byInterview}, …). */
    public enum Step {
        OPENED("opened"), CONTACTED("contacted"), COMPLETED("completed"), BY_INTERVIEW("byInterview"),
        BY_SELF_SERVICE("bySelfService"), DECLINED("declined"), UNREACHABLE("unreachable"), REGAINED("regained"), OPEN("open");

        private final String code;

        Step(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Step> ofCode(String code) {
            return java.util.Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
        }

        public static List<String> codes() {
            return java.util.Arrays.stream(values()).map(Step::code).toList();
        }
    }

    /**
     * One case behind a number.
     *
     * @param customerName the name its loss was recorded with, when the loss is counted in the year
     * @param where        the last step it reached: completed (either way), declined, unreachable, regained or open
     * @param primaryReason and {@code departmentsAtFault}: what a completed interview said; else null and empty
     */
    public record Case(String caseId, String customerId, String customerName, LocalDate lostOn, Step where, String primaryReason,
                       List<String> departmentsAtFault) {
    }

    private static final Set<InterviewFact.Kind> ANSWERED = EnumSet.of(InterviewFact.Kind.COMPLETED, InterviewFact.Kind.DECLINED);

    private InterviewCases() {
    }

    /** The year's cases (by the year of their loss), each with its facts in the order given. */
    static Map<String, List<InterviewFact>> ofYear(int year, List<InterviewFact> facts) {
        return facts.stream().filter(fact -> fact.lostOn().getYear() == year)
                .collect(Collectors.groupingBy(InterviewFact::caseId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The steps a case counts in; none for a case whose loss was withdrawn (it never happened). */
    static Set<Step> steps(List<InterviewFact> facts) {
        Set<InterviewFact.Kind> kinds = kinds(facts);
        Set<Step> steps = EnumSet.noneOf(Step.class);
        if (kinds.contains(InterviewFact.Kind.WITHDRAWN)) {
            return steps;
        }
        if (kinds.contains(InterviewFact.Kind.OPENED)) {
            steps.add(Step.OPENED);
        }
        if (kinds.contains(InterviewFact.Kind.ATTEMPT) || kinds.stream().anyMatch(ANSWERED::contains)) {
            steps.add(Step.CONTACTED);
        }
        steps.add(last(facts, kinds));
        if (steps.contains(Step.BY_INTERVIEW) || steps.contains(Step.BY_SELF_SERVICE)) {
            steps.add(Step.COMPLETED);
        }
        return steps;
    }

    private static Step last(List<InterviewFact> facts, Set<InterviewFact.Kind> kinds) {
        Optional<InterviewFact> completion = completion(facts);
        if (completion.isPresent()) {
            return "SELF_SERVICE".equals(completion.get().channel()) ? Step.BY_SELF_SERVICE : Step.BY_INTERVIEW;
        }
        if (kinds.contains(InterviewFact.Kind.DECLINED)) {
            return Step.DECLINED;
        }
        if (kinds.contains(InterviewFact.Kind.UNREACHABLE)) {
            return Step.UNREACHABLE;
        }
        if (kinds.contains(InterviewFact.Kind.REGAINED)) {
            return Step.REGAINED;
        }
        return Step.OPEN;
    }

    private static Set<InterviewFact.Kind> kinds(List<InterviewFact> facts) {
        return facts.stream().map(InterviewFact::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(InterviewFact.Kind.class)));
    }

    static Optional<InterviewFact> completion(List<InterviewFact> facts) {
        return facts.stream().filter(fact -> fact.kind() == InterviewFact.Kind.COMPLETED).findFirst();
    }

    /** How many of the cases count in each step. */
    static Map<Step, Integer> counts(Collection<List<InterviewFact>> cases) {
        Map<Step, Integer> counts = new java.util.EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            counts.put(step, 0);
        }
        cases.forEach(facts -> steps(facts).forEach(step -> counts.merge(step, 1, Integer::sum)));
        return counts;
    }

    /**
     * The cases of the year counted in the step, by the day of their loss, then case id.
     *
     * @param losses the year's counted losses, for the customers' names
     */
    public static List<Case> behind(int year, Step step, List<LostCustomer> losses, List<InterviewFact> facts) {
        Map<String, String> names = new LinkedHashMap<>();
        losses.forEach(loss -> names.putIfAbsent(loss.customerId() + "\n" + loss.lostOn(), loss.customerName()));
        return ofYear(year, facts).entrySet().stream()
                .filter(one -> steps(one.getValue()).contains(step))
                .map(one -> {
                    InterviewFact first = one.getValue().get(0);
                    Optional<InterviewFact> done = completion(one.getValue());
                    return new Case(one.getKey(), first.customerId(), names.get(first.customerId() + "\n" + first.lostOn()), first.lostOn(),
                            last(one.getValue(), kinds(one.getValue())),
                            done.map(InterviewFact::primaryReason).orElse(null),
                            done.map(InterviewFact::departmentsAtFault).orElse(List.of()));
                })
                .sorted(Comparator.comparing(Case::lostOn).thenComparing(Case::caseId))
                .toList();
    }
}
