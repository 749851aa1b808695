package org.atelier.survey.matrix;

import java.util.List;

/**
 * The one-owner rule explained to every respondent: a task has exactly one responsible department. A row that breaks
 * it is warned about and still accepted — respondents breaking the rule is what the survey finds out.
 */
public final class OwnerRule {

    private OwnerRule() {
    }

    /** The rows with no R or with two or more, in the catalogue's order. */
    public static List<RowWarning> warnings(Matrix matrix, CampaignCatalogue catalogue) {
        return catalogue.tasks().stream()
                .map(task -> new RowWarning(task.code(), matrix.responsibleOn(task.code())))
                .filter(warning -> warning.responsible() != 1)
                .toList();
    }

    /**
     * A row that breaks the rule.
     *
     * @param responsible how many departments the row names R: 0 (nobody owns the task) or 2+ (several do)
     */
    public record RowWarning(String task, int responsible) {

        public String code() {
            return responsible == 0 ? "matrix.noOwner" : "matrix.severalOwners";
        }
    }
}
