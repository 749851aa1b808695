package org.atelier.web.problems;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builders for the problem documents every service returns, so they look the same everywhere. */
public final class Problems {

    private Problems() {
    }

    /** 400 with one entry per invalid field: {@code errors: [{field, message}]}. */
    public static ProblemDetail validation(List<Map<String, String>> errors) {
        String summary = errors.isEmpty() ? "The request is invalid"
                : errors.stream().map(e -> e.get("field").isEmpty() ? e.get("message") : e.get("field") + ": " + e.get("message"))
                        .reduce((a, b) -> a + "; " + b).orElse("");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** 400 for a broken business rule on one field, shaped like a validation problem. */
    public static ProblemDetail invalidField(String field, String message) {
        return validation(List.of(Map.of("field", field, "message", message)));
    }

    public static ProblemDetail notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        return problem;
    }

    public static ProblemDetail conflict(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Conflict with the current state");
        return problem;
    }
}
