package org.atelier.web.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class ProblemsTest {

    @Test
    void aProblemWrittenOutsideSpringMvcHasNoEmptyMembersAndItsPropertiesAtTheTopLevel() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Not with this scope");
        problem.setProperty("scope", "atelier.write");

        String json = Problems.toJson(problem);

        assertThat(json).doesNotContain("null").doesNotContain("\"properties\"")
                .contains("\"status\":403", "\"detail\":\"Not with this scope\"", "\"scope\":\"atelier.write\"");
    }
}
