package org.atelier.survey.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.ReasonCode;

/**
 * One row of the matrix: a commercial task and the loss reasons it touches, which is how the reports go from "why
 * customers leave" to "who was responsible for that".
 *
 * @param code    the stable code, e.g. {@code contract-fulfilment}
 * @param reasons the loss reasons a failure of this task shows up as
 */
public record CatalogueTask(String code, String nameEn, String nameRu, String description, Set<ReasonCode> reasons) {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    /** The same shape as a department's code: it names a row in published events and reports. */
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");

    public CatalogueTask {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameRu, "nameRu");
        description = description == null ? "" : description;
        reasons = Set.copyOf(reasons);
    }

    /**
     * A task as an admin writes it, checked: names trimmed, every rule it breaks refused.
     *
     * @throws RuleViolation for the first rule {@link #violations} finds
     */
    public static CatalogueTask written(String code, String nameEn, String nameRu, String description, Set<ReasonCode> reasons) {
        List<RuleViolation> violations = violations(code, nameEn, nameRu, description);
        if (!violations.isEmpty()) {
            throw violations.get(0);
        }
        return new CatalogueTask(code, nameEn.strip(), nameRu.strip(), description == null ? "" : description.strip(),
                reasons == null ? Set.of() : reasons);
    }

    /** Every rule a written task breaks, so a form can show them all at once. */
    public static List<RuleViolation> violations(String code, String nameEn, String nameRu, String description) {
        List<RuleViolation> violations = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            violations.add(new RuleViolation("code", "task.codeInvalid",
                    "A code is 2 to 40 characters: lower-case Latin letters, digits and hyphens, starting with a letter"));
        }
        name("nameEn", nameEn, violations);
        name("nameRu", nameRu, violations);
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            violations.add(new RuleViolation("description", "text.tooLong", "At most {0} characters", MAX_DESCRIPTION));
        }
        return violations;
    }

    private static void name(String field, String name, List<RuleViolation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(new RuleViolation(field, "task.nameRequired", "Give the task''s name"));
        } else if (name.strip().length() > MAX_NAME) {
            violations.add(new RuleViolation(field, "text.tooLong", "At most {0} characters", MAX_NAME));
        }
    }
}
