package org.atelier.reporting.suit;

import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.atelier.reporting.matrix.TaskCoverage;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.ReportTable.Type;

/**
 * "Who sewed the suit" as a table: a row per reason of the taxonomy, in its order — the period's losses and completed
 * interviews naming it, the tasks linked to it (codes), the departments the matrix holds responsible for them (their
 * consensus owners), how many of them are ownerless or contested, the blind spots on them, the departments named at
 * fault (most named first) and those of them the matrix forgot. Lists of codes are space-separated, each once, in
 * the order the report has them.
 */
final class SuitTable {

    private SuitTable() {
    }

    static ReportTable byReason(WhoSewedTheSuitReport report) {
        ReportTable.Builder table = ReportTable.builder()
                .column("reason", "Reason", "Причина", Type.TEXT)
                .column("losses", "Losses naming it", "Уходов с этой причиной", Type.INTEGER)
                .column("interviews", "Interviews naming it", "Опросов с этой причиной", Type.INTEGER)
                .column("tasks", "Tasks it touches", "Задачи, которых она касается", Type.TEXT)
                .column("owners", "Responsible by the matrix", "Ответственные по матрице", Type.TEXT)
                .column("ownerlessTasks", "Ownerless tasks", "Задач без ответственного", Type.INTEGER)
                .column("contestedTasks", "Contested tasks", "Спорных задач", Type.INTEGER)
                .column("blindSpots", "Blind spots", "Слепые пятна", Type.TEXT)
                .column("namedAtFault", "Named at fault", "Названы виновными", Type.TEXT)
                .column("forgotten", "Forgotten by the matrix", "Забыты матрицей", Type.TEXT);
        for (WhoSewedTheSuitReport.ReasonView reason : report.reasons()) {
            List<WhoSewedTheSuitReport.LinkedTask> tasks = reason.tasks();
            table.row(text(reason.reason()), integer(reason.losses()), integer(reason.interviews()),
                    text(joined(tasks.stream().map(WhoSewedTheSuitReport.LinkedTask::task))),
                    text(joined(tasks.stream().flatMap(task -> task.consensusOwners().stream()))),
                    integer(tasks.stream().filter(task -> task.flags().contains(TaskCoverage.Flag.OWNERLESS)).count()),
                    integer(tasks.stream().filter(task -> task.flags().contains(TaskCoverage.Flag.CONTESTED)).count()),
                    text(joined(tasks.stream().flatMap(task -> task.blindSpots().stream()))),
                    text(joined(reason.departmentsAtFault().stream().map(WhoSewedTheSuitReport.DepartmentAtFault::department))),
                    text(joined(reason.departmentsAtFault().stream().filter(department -> Boolean.TRUE.equals(department.forgotten()))
                            .map(WhoSewedTheSuitReport.DepartmentAtFault::department))));
        }
        return table.build();
    }

    private static String joined(Stream<String> codes) {
        Set<String> once = new LinkedHashSet<>();
        codes.forEach(once::add);
        return String.join(" ", once);
    }
}
