package org.atelier.web.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/** Builders for the problem documents every service returns, so they look the same everywhere. */
public final class Problems {

    /**
     * Writes problems the way Spring MVC's message converters do: no empty members, extra properties at the top
     * level. A bare mapper would write {@code "type": null, "properties": {...}}, which RFC 9457 clients misread.
     */
    private static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private Problems() {
    }

    /**
     * Answers with a problem from code that runs outside Spring MVC (servlet filters, security handlers), shaped
     * exactly like the ones the MVC handlers return; the request's path becomes its {@code instance} unless set.
     */
    public static void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // JSON is UTF-8 by definition (RFC 8259), so no charset parameter, as Spring MVC writes it.
        response.getOutputStream().write(toJson(problem).getBytes(StandardCharsets.UTF_8));
    }

    static String toJson(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
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
