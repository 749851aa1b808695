package org.atelier.survey.exit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.atelier.survey.common.RuleViolation;

/**
 * The exit questionnaire as answered: the customer's own reasons (from the loss taxonomy, several, exactly one
 * primary), the departments at fault for the staff's attitude, what would have kept them, whether they would come
 * back, and anything else they said.
 *
 * <p>The free texts stay in this service: only {@code wouldHaveKept} is published, because the reports need it;
 * {@code comment} may hold what the customer said about people, so it is shown on the case and nowhere else.
 */
public record Questionnaire(List<Reason> reasons, String wouldHaveKept, WouldReturn wouldReturn, String comment) {

    public static final int MAX_TEXT = 2000;

    public Questionnaire {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        wouldHaveKept = blankToNull(wouldHaveKept);
        comment = blankToNull(comment);
        check(reasons, wouldHaveKept, wouldReturn, comment);
    }

    public Reason primary() {
        return reasons.stream().filter(Reason::primary).findFirst().orElseThrow();
    }

    /** Checks against the directory's departments in force are the use case's; these are the questionnaire's own rules. */
    private static void check(List<Reason> reasons, String wouldHaveKept, WouldReturn wouldReturn, String comment) {
        if (reasons.isEmpty()) {
            throw new RuleViolation("reasons", "reasons.required", "Name at least one reason the customer gave");
        }
        if (reasons.stream().filter(Reason::primary).count() != 1) {
            throw new RuleViolation("reasons", "reasons.onePrimary", "Exactly one reason must be the primary one");
        }
        Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
        for (Reason reason : reasons) {
            if (!seen.add(reason.code())) {
                throw new RuleViolation("reasons", "reasons.duplicate", "The reason {0} is named twice", reason.code());
            }
            boolean staff = reason.code() == ReasonCode.STAFF_ATTITUDE;
            if (staff && reason.departmentsAtFault().isEmpty()) {
                throw new RuleViolation("departmentsAtFault", "reasons.staffNeedsDepartment",
                        "Name the department(s) whose staff's attitude drove the customer away");
            }
            if (!staff && !reason.departmentsAtFault().isEmpty()) {
                throw new RuleViolation("departmentsAtFault", "reasons.departmentsOnlyForStaff",
                        "Departments at fault are named for the staff-attitude reason only");
            }
        }
        if (wouldReturn == null) {
            throw new RuleViolation("wouldReturn", "wouldReturn.required", "Say whether the customer would consider coming back");
        }
        if (wouldHaveKept != null && wouldHaveKept.length() > MAX_TEXT) {
            throw new RuleViolation("wouldHaveKept", "text.tooLong", "At most {0} characters", MAX_TEXT);
        }
        if (comment != null && comment.length() > MAX_TEXT) {
            throw new RuleViolation("comment", "text.tooLong", "At most {0} characters", MAX_TEXT);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
