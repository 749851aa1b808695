package org.atelier.reporting.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * One task of the matrix as a set of respondents saw it (domain §6.1).
 *
 * @param cells            per department of the campaign, in its order: respondents marking it R and P on the task,
 *                         and those over the respondents in basis points, rounded down
 * @param ownerCounts      respondents who marked no department R on the task, exactly one, two or more
 * @param consensusOwners  the departments with the highest R-share: one is the consensus owner; several are a tie and
 *                         there is no single owner; none when nobody marked any department R
 * @param consensusOwner   the single consensus owner; null on a tie or when nobody marked R
 * @param consensusShareBp the consensus owners' R-share; null when nobody marked R
 * @param blindSpots       departments that others name on the task and that do not name themselves (only in a view
 *                         that has respondents of several departments)
 */
public record TaskCoverage(String task, String nameEn, String nameRu, List<String> reasons, List<Cell> cells, OwnerCounts ownerCounts,
                           List<String> consensusOwners, String consensusOwner, Integer consensusShareBp, List<Flag> flags,
                           List<String> blindSpots) {

    public record Cell(String department, int r, int p, Integer rShareBp, Integer pShareBp) {
    }

    public record OwnerCounts(int none, int one, int twoOrMore) {
    }

    public enum Flag { OWNERLESS, CONTESTED }

    public TaskCoverage {
        reasons = List.copyOf(reasons);
        cells = List.copyOf(cells);
        consensusOwners = List.copyOf(consensusOwners);
        flags = List.copyOf(flags);
        blindSpots = List.copyOf(blindSpots);
    }

    /**
     * The campaign's tasks as these respondents saw them.
     *
     * @param withBlindSpots whether to look for blind spots (a view of one department has no "others")
     */
    public static List<TaskCoverage> of(Campaign campaign, List<Response> responses, MatrixRules rules, boolean withBlindSpots) {
        List<TaskCoverage> tasks = new ArrayList<>();
        for (Campaign.Task task : campaign.tasks()) {
            tasks.add(of(campaign, task, responses, rules, withBlindSpots));
        }
        return tasks;
    }

    private static TaskCoverage of(Campaign campaign, Campaign.Task task, List<Response> responses, MatrixRules rules, boolean withBlindSpots) {
        int n = responses.size();
        List<Cell> cells = new ArrayList<>();
        int highestR = 0;
        for (Campaign.Department department : campaign.departments()) {
            int r = 0;
            int p = 0;
            for (Response response : responses) {
                Mark mark = response.cell(task.code(), department.code());
                if (mark == Mark.R) {
                    r++;
                } else if (mark == Mark.P) {
                    p++;
                }
            }
            highestR = Math.max(highestR, r);
            cells.add(new Cell(department.code(), r, p, MatrixRules.basisPoints(r, n), MatrixRules.basisPoints(p, n)));
        }

        int none = 0;
        int one = 0;
        int more = 0;
        for (Response response : responses) {
            long owners = campaign.departments().stream().filter(d -> response.cell(task.code(), d.code()) == Mark.R).count();
            if (owners == 0) {
                none++;
            } else if (owners == 1) {
                one++;
            } else {
                more++;
            }
        }

        int top = highestR;
        List<String> owners = top == 0 ? List.of() : cells.stream().filter(cell -> cell.r() == top).map(Cell::department).toList();

        List<Flag> flags = new ArrayList<>();
        if (n > 0) {
            if (cells.stream().noneMatch(cell -> MatrixRules.above(cell.r(), n, rules.ownerAboveBp()))) {
                flags.add(Flag.OWNERLESS);
            }
            if (cells.stream().filter(cell -> MatrixRules.atLeast(cell.r(), n, rules.contestedAtLeastBp())).count() >= 2) {
                flags.add(Flag.CONTESTED);
            }
        }

        List<String> blindSpots = withBlindSpots ? blindSpots(campaign, task, responses, rules) : List.of();
        return new TaskCoverage(task.code(), task.nameEn(), task.nameRu(), task.reasons(), cells, new OwnerCounts(none, one, more),
                owners, owners.size() == 1 ? owners.get(0) : null, top == 0 ? null : MatrixRules.basisPoints(top, n), flags, blindSpots);
    }

    /**
     * (t, d) is a blind spot when d has at least the anonymity threshold of respondents of its own, at least half
     * (by default) of the respondents of other departments name d on t, and fewer than a fifth of d's own do.
     */
    private static List<String> blindSpots(Campaign campaign, Campaign.Task task, List<Response> responses, MatrixRules rules) {
        List<String> spots = new ArrayList<>();
        for (Campaign.Department department : campaign.departments()) {
            int own = 0;
            int ownNaming = 0;
            int others = 0;
            int othersNaming = 0;
            for (Response response : responses) {
                boolean names = response.cell(task.code(), department.code()).names();
                if (response.department().equals(department.code())) {
                    own++;
                    ownNaming += names ? 1 : 0;
                } else {
                    others++;
                    othersNaming += names ? 1 : 0;
                }
            }
            if (own >= rules.anonymityThreshold() && others > 0
                    && MatrixRules.atLeast(othersNaming, others, rules.blindOthersAtLeastBp())
                    && MatrixRules.below(ownNaming, own, rules.blindOwnBelowBp())) {
                spots.add(department.code());
            }
        }
        return spots;
    }
}
