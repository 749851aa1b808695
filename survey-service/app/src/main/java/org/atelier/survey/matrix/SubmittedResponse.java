package org.atelier.survey.matrix;

import java.util.Objects;
import org.atelier.directory.ManagementLevel;

/**
 * A submitted response as the campaign keeps it: a random id, where its respondent sat, the answers. Nothing in it
 * says who the respondent was, and nothing ties it to their respondent key.
 */
public record SubmittedResponse(String responseId, ManagementLevel level, String department, Matrix matrix) {

    public SubmittedResponse {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(matrix, "matrix");
    }
}
