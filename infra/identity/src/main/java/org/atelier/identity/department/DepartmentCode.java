package org.atelier.identity.department;

import java.util.Locale;
import java.util.regex.Pattern;
import org.atelier.identity.RuleViolation;

/** A department's stable identifier, e.g. {@code sales}: it appears in tokens, so it never changes. */
public record DepartmentCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public DepartmentCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("code", "department.code.format",
                    "A department code is 2 to 40 lower-case letters, digits or hyphens and starts with a letter");
        }
    }

    /** Tolerates surrounding blanks and capitals, as typed into a form. */
    public static DepartmentCode parse(String raw) {
        return new DepartmentCode(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
