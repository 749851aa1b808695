package org.atelier.identity.department;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.atelier.identity.RuleViolation;

/**
 * A department of the company, named in English and Russian. A department is deactivated rather than deleted:
 * past claims, surveys and tokens keep referring to its code.
 *
 * <p>Every change is recorded as a {@link Change} until the department is saved, so that the company directory
 * the provider publishes learns of it in the same write.
 */
public final class Department {

    public static final int MAX_NAME_LENGTH = 100;

    /** What happened to a department, as the directory publishes it; the event carries the state after it. */
    public enum Change {
        /** Created; also a department that existed before the directory was published, announced once. */
        CREATED,
        RENAMED,
        CLOSED
    }

    private final DepartmentCode code;
    private String nameEn;
    private String nameRu;
    private boolean active;
    private final long version;
    private final List<Change> newChanges = new ArrayList<>();

    private Department(DepartmentCode code, String nameEn, String nameRu, boolean active, long version) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameEn = validName("nameEn", nameEn);
        this.nameRu = validName("nameRu", nameRu);
        this.active = active;
        this.version = version;
    }

    public static Department create(DepartmentCode code, String nameEn, String nameRu) {
        Department department = new Department(code, nameEn, nameRu, true, 0);
        department.newChanges.add(Change.CREATED);
        return department;
    }

    /**
     * Rebuilds a stored department.
     *
     * @param version optimistic-locking version of the stored state; 0 for one never stored
     */
    public static Department restore(DepartmentCode code, String nameEn, String nameRu, boolean active, long version) {
        return new Department(code, nameEn, nameRu, active, version);
    }

    /** Closes the department: nobody can be assigned to it any more. Closing a closed department changes nothing. */
    public void deactivate() {
        if (active) {
            active = false;
            newChanges.add(Change.CLOSED);
        }
    }

    /**
     * Gives the department new names; its code stays, since tokens and records carry it. A closed department can be
     * renamed too: old records still show its name. The same names again change nothing.
     */
    public void rename(String newNameEn, String newNameRu) {
        String en = validName("nameEn", newNameEn);
        String ru = validName("nameRu", newNameRu);
        if (en.equals(nameEn) && ru.equals(nameRu)) {
            return;
        }
        nameEn = en;
        nameRu = ru;
        newChanges.add(Change.RENAMED);
    }

    /**
     * Records the department as created, with its current state, for one that was stored before the directory was
     * published: a reader of the directory then learns of it like of any other.
     */
    public void announce() {
        newChanges.add(Change.CREATED);
    }

    /** What changed since the department was loaded or created, oldest first; saving publishes them. */
    public List<Change> newChanges() {
        return List.copyOf(newChanges);
    }

    /** Optimistic-locking version of the stored state this department was loaded from; 0 for a new one. */
    public long version() {
        return version;
    }

    public boolean isNew() {
        return version == 0;
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
