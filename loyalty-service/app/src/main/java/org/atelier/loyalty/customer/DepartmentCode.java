package org.atelier.loyalty.customer;

import org.atelier.loyalty.common.RuleViolation;

import java.util.regex.Pattern;

/** A department's short code, e.g. {@code logistics}; which codes exist, and which may be named, is the company directory's business ({@link DepartmentNaming}). */
public record DepartmentCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public DepartmentCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("departmentsAtFault", "notDepartmentCode", "''{0}'' is not a department code (lower-case letters, digits, ''-'')", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
