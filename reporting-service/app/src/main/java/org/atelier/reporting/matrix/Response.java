package org.atelier.reporting.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One submitted matrix: the respondent is only a level and a department, never a person.
 *
 * @param cells the marked cells, by {@link #cell(String, String)}; a pair not listed is {@link Mark#NONE}
 */
public record Response(String responseId, Level level, String department, Map<String, Mark> cells) {

    public record Cell(String task, String department, Mark mark) {
    }

    public Response {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(department, "department");
        cells = Map.copyOf(cells);
    }

    /** A response from its list of cells; a cell listed twice keeps its first mark, as the form allows each once. */
    public static Response of(String responseId, Level level, String department, List<Cell> cells) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        cells.forEach(cell -> marks.putIfAbsent(key(cell.task(), cell.department()), cell.mark()));
        return new Response(responseId, level, department, marks);
    }

    public Mark cell(String task, String department) {
        return cells.getOrDefault(key(task, department), Mark.NONE);
    }

    private static String key(String task, String department) {
        return task + "\n" + department;
    }
}
