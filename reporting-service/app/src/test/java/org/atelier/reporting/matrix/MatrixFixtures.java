package org.atelier.reporting.matrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Small campaigns and responses written the way a person would note them. */
public final class MatrixFixtures {

    public static final List<String> DEPARTMENTS = List.of("logistics", "production", "sales");
    private static final AtomicInteger IDS = new AtomicInteger();

    private MatrixFixtures() {
    }

    /** A campaign with these task codes (each linked to the reasons after a colon, e.g. "delivery:LOGISTICS,CONTRACT_FULFILMENT"). */
    public static Campaign campaign(String id, String openedAt, String... tasks) {
        List<Campaign.Task> rows = Arrays.stream(tasks).map(task -> {
            String[] parts = task.split(":");
            List<String> reasons = parts.length > 1 ? List.of(parts[1].split(",")) : List.of();
            return new Campaign.Task(parts[0], parts[0] + " (en)", parts[0] + " (ru)", reasons);
        }).toList();
        return new Campaign(id, "Campaign " + id, LocalDate.parse(openedAt.substring(0, 10)).plusDays(20), Instant.parse(openedAt), rows,
                DEPARTMENTS.stream().map(code -> new Campaign.Department(code, code, code)).toList(), 10, Optional.empty());
    }

    /** A response; marks as "task/department=R task/department=P …". */
    public static Response response(Level level, String department, String marks) {
        List<Response.Cell> cells = new ArrayList<>();
        for (String mark : marks.isBlank() ? new String[0] : marks.trim().split("\\s+")) {
            String[] cell = mark.split("[/=]");
            cells.add(new Response.Cell(cell[0], cell[1], Mark.valueOf(cell[2])));
        }
        return Response.of("r" + IDS.incrementAndGet(), level, department, cells);
    }

    public static List<Response> times(int count, Level level, String department, String marks) {
        List<Response> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(response(level, department, marks));
        }
        return responses;
    }

    @SafeVarargs
    public static List<Response> all(List<Response>... groups) {
        List<Response> responses = new ArrayList<>();
        for (List<Response> group : groups) {
            responses.addAll(group);
        }
        return responses;
    }
}
