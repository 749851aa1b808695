package org.atelier.reporting.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.atelier.reporting.matrix.TaskCoverage;

/**
 * Matrix coverage laid out as the heatmap shows it: a row per task, a column per department, each cell its R-share and
 * P-share with a heat step (0…10, tenths of the R-share, rounded down) for its colour, and the cell marked when it is a
 * blind spot. The numbers are the coverage's own; only their arrangement is the page's.
 */
public record MatrixHeatmap(List<String> departments, List<Row> rows) {

    public record Row(String task, String name, List<TaskCoverage.Flag> flags, List<String> consensusOwners, Integer consensusShareBp,
                      TaskCoverage.OwnerCounts ownerCounts, List<Cell> cells) {
    }

    public record Cell(String department, int r, int p, Integer rShareBp, Integer pShareBp, int heat, boolean blindSpot) {
    }

    public static MatrixHeatmap of(List<TaskCoverage> tasks, Locale locale) {
        Set<String> departments = new LinkedHashSet<>();
        tasks.forEach(task -> task.cells().forEach(cell -> departments.add(cell.department())));
        List<Row> rows = new ArrayList<>();
        for (TaskCoverage task : tasks) {
            List<Cell> cells = new ArrayList<>();
            for (String department : departments) {
                TaskCoverage.Cell cell = task.cells().stream().filter(c -> c.department().equals(department)).findFirst()
                        .orElse(new TaskCoverage.Cell(department, 0, 0, null, null));
                int heat = cell.rShareBp() == null ? 0 : Math.min(10, cell.rShareBp() / 1_000);
                cells.add(new Cell(department, cell.r(), cell.p(), cell.rShareBp(), cell.pShareBp(), heat,
                        task.blindSpots().contains(department)));
            }
            String name = "ru".equals(locale.getLanguage()) && task.nameRu() != null ? task.nameRu() : task.nameEn();
            rows.add(new Row(task.task(), name == null ? task.task() : name, task.flags(), task.consensusOwners(), task.consensusShareBp(),
                    task.ownerCounts(), cells));
        }
        return new MatrixHeatmap(List.copyOf(departments), rows);
    }

    public long ownerless() {
        return flagged(TaskCoverage.Flag.OWNERLESS);
    }

    public long contested() {
        return flagged(TaskCoverage.Flag.CONTESTED);
    }

    private long flagged(TaskCoverage.Flag flag) {
        return rows.stream().filter(row -> row.flags().contains(flag)).count();
    }
}
