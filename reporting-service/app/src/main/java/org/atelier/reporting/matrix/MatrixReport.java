package org.atelier.reporting.matrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.Tabular;

/**
 * Matrix coverage of one campaign (domain §6.1), for all respondents or one level.
 *
 * @param departments         the campaign's departments, in its order: the columns of every task's cells
 * @param level               the level asked for; null for all respondents
 * @param respondents         responses in the view, small groups included
 * @param respondentsByLevel  responses per level, whatever the view
 * @param withheld            the view has fewer respondents than the anonymity threshold: counts only, no cells
 * @param tasks               each task as the view's respondents saw it; empty when withheld
 * @param groups              each level × department group of the view with enough respondents on its own, then per
 *                            level an "others" group ({@code department} null) of the smaller ones
 * @param agreement           Krippendorff's alpha of the whole campaign, whatever the view
 * @param change              against the previous campaign, for the same view; null when there is none
 */
public record MatrixReport(CampaignSummary campaign, List<Campaign.Department> departments, Level level, int respondents,
                           Map<Level, Integer> respondentsByLevel, boolean withheld, List<TaskCoverage> tasks, List<Group> groups, Agreement agreement, Change change) implements Tabular {

    /** The heatmap as a table: a row per task, the R- and P-share of each department, the owner and the flags. */
    @Override
    public ReportTable table() {
        return MatrixTable.heatmap(this);
    }

    /**
     * @param department the group's department; null for the "others" group of its level
     * @param others     whether this is the "others" group
     * @param withheld   fewer respondents than the anonymity threshold even so: counts only (an "others" group can be)
     */
    public record Group(Level level, String department, boolean others, int respondents, boolean withheld, List<TaskCoverage> tasks) {
    }

    /** @param alpha nominal alpha rounded to 3 decimals; null when it is not defined (fewer than two coders, or no variation) */
    public record Alpha(Double alpha, int coders) {
    }

    /**
     * @param overall       every respondent a coder
     * @param perLevel      the respondents of each level the coders
     * @param betweenLevels each level one coder, its value in a cell the level's most frequent mark (ties: R, P, none)
     */
    public record Agreement(Alpha overall, Map<Level, Alpha> perLevel, Alpha betweenLevels) {
    }

    /**
     * @param previous the latest campaign opened before this one
     * @param tasks    per task of either campaign (this one's order, then the previous one's others): then and now; a
     *                 side is null when the task was not in that campaign or that side is withheld
     */
    public record Change(CampaignSummary previous, int previousRespondents, boolean previousWithheld, List<TaskChange> tasks) {
    }

    public record TaskChange(String task, Snapshot then, Snapshot now) {
    }

    public record Snapshot(List<String> consensusOwners, Integer consensusShareBp, List<TaskCoverage.Flag> flags) {
        static Snapshot of(TaskCoverage task) {
            return new Snapshot(task.consensusOwners(), task.consensusShareBp(), task.flags());
        }
    }

    /** A campaign with its responses. */
    public record Round(Campaign campaign, List<Response> responses) {
        public Round {
            responses = List.copyOf(responses);
        }
    }

    public static MatrixReport of(Round current, Optional<Round> previous, Optional<Level> level, MatrixRules rules) {
        Campaign campaign = current.campaign();
        List<Response> view = inView(current.responses(), level);
        boolean withheld = view.size() < rules.anonymityThreshold();
        List<TaskCoverage> tasks = withheld ? List.of() : TaskCoverage.of(campaign, view, rules, true);

        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        for (Level each : Level.values()) {
            byLevel.put(each, (int) current.responses().stream().filter(response -> response.level() == each).count());
        }
        return new MatrixReport(CampaignSummary.of(campaign, current.responses().size()), campaign.departments(), level.orElse(null), view.size(), byLevel, withheld,
                tasks, groups(campaign, view, level, rules), agreement(campaign, current.responses()),
                previous.map(before -> change(before, tasks, withheld, campaign, level, rules)).orElse(null));
    }

    private static List<Response> inView(List<Response> responses, Optional<Level> level) {
        return responses.stream().filter(response -> level.map(l -> l == response.level()).orElse(true)).toList();
    }

    /**
     * A level × department group below the anonymity threshold is never shown on its own: per level, the small ones
     * make one "others" group, listed after the level's own groups and naming none of their departments.
     */
    static List<Group> groups(Campaign campaign, List<Response> view, Optional<Level> level, MatrixRules rules) {
        List<Group> groups = new ArrayList<>();
        for (Level each : Level.values()) {
            if (level.isPresent() && level.get() != each) {
                continue;
            }
            List<Response> ofLevel = view.stream().filter(response -> response.level() == each).toList();
            Set<String> departments = new LinkedHashSet<>();
            campaign.departments().forEach(department -> departments.add(department.code()));
            ofLevel.stream().map(Response::department).sorted().forEach(departments::add);
            List<Response> others = new ArrayList<>();
            for (String department : departments) {
                List<Response> group = ofLevel.stream().filter(response -> response.department().equals(department)).toList();
                if (group.isEmpty()) {
                    continue;
                }
                if (group.size() >= rules.anonymityThreshold()) {
                    groups.add(new Group(each, department, false, group.size(), false, TaskCoverage.of(campaign, group, rules, false)));
                } else {
                    others.addAll(group);
                }
            }
            if (!others.isEmpty()) {
                boolean withheld = others.size() < rules.anonymityThreshold();
                groups.add(new Group(each, null, true, others.size(), withheld,
                        withheld ? List.of() : TaskCoverage.of(campaign, others, rules, false)));
            }
        }
        return groups;
    }

    static Agreement agreement(Campaign campaign, List<Response> responses) {
        Map<Level, Alpha> perLevel = new EnumMap<>(Level.class);
        Map<Level, List<Response>> byLevel = new EnumMap<>(Level.class);
        for (Level each : Level.values()) {
            List<Response> ofLevel = responses.stream().filter(response -> response.level() == each).toList();
            byLevel.put(each, ofLevel);
            perLevel.put(each, alpha(campaign, ofLevel));
        }
        // Between levels: one coder per level that has respondents; its value in a cell is the level's modal mark.
        List<Map<Mark, Integer>> units = new ArrayList<>();
        for (Campaign.Task task : campaign.tasks()) {
            for (Campaign.Department department : campaign.departments()) {
                Map<Mark, Integer> unit = new EnumMap<>(Mark.class);
                for (List<Response> ofLevel : byLevel.values()) {
                    if (!ofLevel.isEmpty()) {
                        unit.merge(modalMark(ofLevel, task.code(), department.code()), 1, Integer::sum);
                    }
                }
                units.add(unit);
            }
        }
        int levels = (int) byLevel.values().stream().filter(ofLevel -> !ofLevel.isEmpty()).count();
        return new Agreement(alpha(campaign, responses), perLevel, new Alpha(rounded(KrippendorffAlpha.nominalFromCounts(units)), levels));
    }

    /** The most frequent mark of these respondents in the cell; a tie goes to R, then P, then none. */
    static Mark modalMark(List<Response> responses, String task, String department) {
        Map<Mark, Long> counts = responses.stream().map(response -> response.cell(task, department))
                .collect(Collectors.groupingBy(mark -> mark, () -> new EnumMap<>(Mark.class), Collectors.counting()));
        Mark modal = Mark.NONE;
        long most = -1;
        for (Mark mark : Mark.values()) {
            long count = counts.getOrDefault(mark, 0L);
            if (count > most) {
                most = count;
                modal = mark;
            }
        }
        return modal;
    }

    /** Every respondent a coder, every (task, department) cell a unit; an empty cell is the value none, never missing. */
    private static Alpha alpha(Campaign campaign, List<Response> responses) {
        List<Map<Mark, Integer>> units = new ArrayList<>();
        for (Campaign.Task task : campaign.tasks()) {
            for (Campaign.Department department : campaign.departments()) {
                Map<Mark, Integer> unit = new EnumMap<>(Mark.class);
                responses.forEach(response -> unit.merge(response.cell(task.code(), department.code()), 1, Integer::sum));
                units.add(unit);
            }
        }
        return new Alpha(rounded(KrippendorffAlpha.nominalFromCounts(units)), responses.size());
    }

    private static Double rounded(OptionalDouble alpha) {
        return alpha.isPresent() ? BigDecimal.valueOf(alpha.getAsDouble()).setScale(3, RoundingMode.HALF_UP).doubleValue() : null;
    }

    private static Change change(Round before, List<TaskCoverage> now, boolean nowWithheld, Campaign campaign, Optional<Level> level,
                                 MatrixRules rules) {
        List<Response> view = inView(before.responses(), level);
        boolean thenWithheld = view.size() < rules.anonymityThreshold();
        Map<String, TaskCoverage> then = new LinkedHashMap<>();
        if (!thenWithheld) {
            TaskCoverage.of(before.campaign(), view, rules, false).forEach(task -> then.put(task.task(), task));
        }
        Map<String, TaskCoverage> current = new LinkedHashMap<>();
        now.forEach(task -> current.put(task.task(), task));
        Set<String> codes = new LinkedHashSet<>();
        campaign.tasks().forEach(task -> codes.add(task.code()));
        before.campaign().tasks().forEach(task -> codes.add(task.code()));
        List<TaskChange> changes = new ArrayList<>();
        for (String code : codes) {
            TaskCoverage was = then.get(code);
            TaskCoverage is = nowWithheld ? null : current.get(code);
            changes.add(new TaskChange(code, was == null ? null : Snapshot.of(was), is == null ? null : Snapshot.of(is)));
        }
        return new Change(CampaignSummary.of(before.campaign(), before.responses().size()), view.size(), thenWithheld, changes);
    }
}
