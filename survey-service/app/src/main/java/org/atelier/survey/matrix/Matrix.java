package org.atelier.survey.matrix;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.atelier.survey.common.RuleViolation;

/**
 * One respondent's answers: task code → department code → mark. A cell that is not there is empty. Checked against
 * the campaign's frozen tasks and departments before anything is kept.
 */
public final class Matrix {

    private final Map<String, Map<String, Mark>> cells;

    private Matrix(Map<String, Map<String, Mark>> cells) {
        this.cells = cells;
    }

    public static Matrix empty() {
        return new Matrix(Map.of());
    }

    /**
     * The answers, checked against what the campaign asks.
     *
     * @throws RuleViolation for a task or a department the campaign does not ask about, or a cell without a mark
     */
    public static Matrix of(Map<String, Map<String, Mark>> answers, CampaignCatalogue catalogue) {
        Map<String, Map<String, Mark>> copy = new TreeMap<>();
        if (answers != null) {
            answers.forEach((task, row) -> {
                if (task == null || !catalogue.hasTask(task)) {
                    throw new RuleViolation("cells", "matrix.unknownTask", "The campaign does not ask about the task {0}", String.valueOf(task));
                }
                Map<String, Mark> marks = new TreeMap<>();
                if (row != null) {
                    row.forEach((department, mark) -> {
                        if (department == null || !catalogue.hasDepartment(department)) {
                            throw new RuleViolation("cells", "matrix.unknownDepartment", "The campaign does not ask about the department {0}",
                                    String.valueOf(department));
                        }
                        if (mark == null) {
                            throw new RuleViolation("cells", "matrix.markRequired", "A cell holds P or R; leave it out to keep it empty");
                        }
                        marks.put(department, mark);
                    });
                }
                if (!marks.isEmpty()) {
                    copy.put(task, Collections.unmodifiableMap(marks));
                }
            });
        }
        return new Matrix(Collections.unmodifiableMap(copy));
    }

    /** Restores stored answers, which were checked when they were kept. */
    public static Matrix restore(Map<String, Map<String, Mark>> cells) {
        Map<String, Map<String, Mark>> copy = new TreeMap<>();
        cells.forEach((task, row) -> copy.put(task, Collections.unmodifiableMap(new TreeMap<>(row))));
        return new Matrix(Collections.unmodifiableMap(copy));
    }

    public Map<String, Map<String, Mark>> cells() {
        return cells;
    }

    public Map<String, Mark> row(String task) {
        return cells.getOrDefault(task, Map.of());
    }

    /** How many departments this row names responsible. */
    public int responsibleOn(String task) {
        return (int) row(task).values().stream().filter(mark -> mark == Mark.R).count();
    }

    /** Every cell, for the published matrix, rows in task order, cells in department order. */
    public Map<String, Map<String, Mark>> asOrderedMap() {
        return new LinkedHashMap<>(cells);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Matrix that && cells.equals(that.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cells);
    }
}
