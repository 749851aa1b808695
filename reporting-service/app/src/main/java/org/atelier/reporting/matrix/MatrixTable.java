package org.atelier.reporting.matrix;

import static org.atelier.reporting.table.ReportTable.Cell.basisPoints;
import static org.atelier.reporting.table.ReportTable.Cell.integer;
import static org.atelier.reporting.table.ReportTable.Cell.text;

import java.util.ArrayList;
import java.util.List;
import org.atelier.reporting.table.ReportTable;
import org.atelier.reporting.table.ReportTable.Type;

/**
 * The matrix's main table, the heatmap the dashboard draws: a row per task of the campaign, in its order; for each of
 * its departments, in its order, the R-share and the P-share (basis points, rounded down, as the report has them);
 * then the consensus owner(s) and their share, the flags, the blind spots and the owner counts. Lists of codes are
 * space-separated, as the pool's {@code missing}. A withheld view (below the anonymity threshold) has no rows.
 */
final class MatrixTable {

    private MatrixTable() {
    }

    static ReportTable heatmap(MatrixReport report) {
        ReportTable.Builder table = ReportTable.builder()
                .column("task", "Task", "Задача", Type.TEXT)
                .column("nameEn", "Task (English)", "Задача (по-английски)", Type.TEXT)
                .column("nameRu", "Task (Russian)", "Задача (по-русски)", Type.TEXT);
        for (Campaign.Department department : report.departments()) {
            table.column("rShareBp." + department.code(), "R-share, " + department.nameEn(), "Доля R, " + department.nameRu(), Type.BASIS_POINTS)
                    .column("pShareBp." + department.code(), "P-share, " + department.nameEn(), "Доля P, " + department.nameRu(), Type.BASIS_POINTS);
        }
        table.column("consensusOwners", "Consensus owner", "Признанный ответственный", Type.TEXT)
                .column("consensusShareBp", "Consensus owner's R-share", "Доля R признанного ответственного", Type.BASIS_POINTS)
                .column("flags", "Flags", "Отметки", Type.TEXT)
                .column("blindSpots", "Blind spots", "Слепые пятна", Type.TEXT)
                .column("ownerCounts.none", "Respondents naming no owner", "Не назвали ответственного", Type.INTEGER)
                .column("ownerCounts.one", "Respondents naming one owner", "Назвали одного ответственного", Type.INTEGER)
                .column("ownerCounts.twoOrMore", "Respondents naming two or more", "Назвали двух и более", Type.INTEGER);
        for (TaskCoverage task : report.tasks()) {
            List<ReportTable.Cell> row = new ArrayList<>(List.of(text(task.task()), text(task.nameEn()), text(task.nameRu())));
            for (Campaign.Department department : report.departments()) {
                TaskCoverage.Cell cell = task.cells().stream().filter(each -> each.department().equals(department.code())).findFirst()
                        .orElse(null);
                row.add(basisPoints(cell == null ? null : cell.rShareBp()));
                row.add(basisPoints(cell == null ? null : cell.pShareBp()));
            }
            row.add(text(String.join(" ", task.consensusOwners())));
            row.add(basisPoints(task.consensusShareBp()));
            row.add(text(String.join(" ", task.flags().stream().map(Enum::name).toList())));
            row.add(text(String.join(" ", task.blindSpots())));
            row.add(integer(task.ownerCounts().none()));
            row.add(integer(task.ownerCounts().one()));
            row.add(integer(task.ownerCounts().twoOrMore()));
            table.row(row);
        }
        return table.build();
    }
}
