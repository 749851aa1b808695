package org.atelier.claims.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.atelier.claims.common.RuleViolation;

/**
 * One version of an agreed rule of interaction between departments. A claim cites the version in force on the day
 * of the breach; versions are never edited, a change is a new version.
 *
 * @param id                 the regulation's stable code, e.g. {@code delivery-terms}
 * @param boundDepartments   the departments that must keep it
 * @param inForceTo          the last day it is in force; null while open-ended
 */
public record Regulation(String id, int version, String name, String text, String owningDepartment, List<String> boundDepartments,
                         LocalDate inForceFrom, LocalDate inForceTo, String publishedBy, Instant publishedAt) {

    public static final String CODE = "^[a-z][a-z0-9-]{1,63}$";

    public Regulation {
        if (id == null || !id.matches(CODE)) {
            throw new RuleViolation("id", "regulationCode", "A code of lower-case letters, digits and dashes, e.g. delivery-terms");
        }
        if (version < 1) {
            throw new RuleViolation("version", "versionPositive", "Versions count from 1");
        }
        name = required("name", name, 200);
        text = required("text", text, 20_000);
        Objects.requireNonNull(owningDepartment, "owningDepartment");
        boundDepartments = List.copyOf(boundDepartments);
        if (boundDepartments.isEmpty()) {
            throw new RuleViolation("boundDepartments", "required", "At least one department is bound by it");
        }
        if (inForceFrom == null) {
            throw new RuleViolation("inForceFrom", "required", "Required");
        }
        if (inForceFrom.getYear() < 2000 || inForceFrom.getYear() > 2100 || (inForceTo != null && inForceTo.getYear() > 2100)) {
            throw new RuleViolation("inForceFrom", "yearRange", "In force between the years {0} and {1}", "2000", "2100");
        }
        if (inForceTo != null && inForceTo.isBefore(inForceFrom)) {
            throw new RuleViolation("inForceTo", "inForceOrder", "In force to a day on or after it comes into force");
        }
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceTo == null || !day.isAfter(inForceTo));
    }

    public boolean binds(String department) {
        return boundDepartments.contains(department);
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required", "Required");
        }
        if (value.strip().length() > max) {
            throw new RuleViolation(field, "tooLong", "At most {0} characters", String.valueOf(max));
        }
        return value.strip();
    }
}
