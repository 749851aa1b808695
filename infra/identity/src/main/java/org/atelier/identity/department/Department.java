package org.atelier.identity.department;

import java.util.Locale;
import java.util.Objects;
import org.atelier.identity.RuleViolation;

/**
 * A department of the company, named in English and Russian. A department is deactivated rather than deleted:
 * past claims, surveys and tokens keep referring to its code.
 */
public final class Department {

    public static final int MAX_NAME_LENGTH = 100;

    private final DepartmentCode code;
    private final String nameEn;
    private final String nameRu;
    private boolean active;

    private Department(DepartmentCode code, String nameEn, String nameRu, boolean active) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameEn = validName("nameEn", nameEn);
        this.nameRu = validName("nameRu", nameRu);
        this.active = active;
    }

    public static Department create(DepartmentCode code, String nameEn, String nameRu) {
        return new Department(code, nameEn, nameRu, true);
    }

    public static Department restore(DepartmentCode code, String nameEn, String nameRu, boolean active) {
        return new Department(code, nameEn, nameRu, active);
    }

    public void deactivate() {
        active = false;
    }

    public DepartmentCode code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameRu() {
        return nameRu;
    }

    /** The name in the reader's language: Russian for Russian readers, English for everyone else. */
    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public boolean isActive() {
        return active;
    }

    private static String validName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation(field, "department.name.required", "A department needs a name in English and in Russian");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation(field, "department.name.length", "A name has at most {0} characters", MAX_NAME_LENGTH);
        }
        return stripped;
    }
}
