package org.atelier.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * A department as the directory knows it. A closed department is never forgotten: old records keep naming it
 * validly, but nothing new may be filed against it.
 *
 * @param code   the stable code, e.g. {@code logistics}
 * @param nameEn the English display name
 * @param nameRu the Russian display name
 * @param inForce false once the department has been closed
 */
public record DirectoryDepartment(String code, String nameEn, String nameRu, boolean inForce) {

    public DirectoryDepartment {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameRu, "nameRu");
    }

    /** The name in the reader's language: Russian for Russian readers, English for everyone else. */
    public String name(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
