package org.atelier.claims.common.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.atelier.directory.Directory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Departments as the pages show them: by their name in the reader's language, as the directory replica has it, also
 * once closed; a code the directory does not know shows as itself. Pickers offer the departments in force in
 * alphabetical order of that name. Templates reach it as {@code @departmentNames}.
 */
@Component("departmentNames")
public class DepartmentNames {

    /** One choice in a picker. */
    public record Choice(String code, String name) {
    }

    private final Directory directory;

    DepartmentNames(Directory directory) {
        this.directory = directory;
    }

    public List<Choice> inForce() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return directory.departmentsInForce().stream().map(d -> new Choice(d.code(), d.name(locale)))
                .sorted(Comparator.comparing(Choice::name, collator).thenComparing(Choice::code)).toList();
    }

    /** The name to show for a department code; "—" for none. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return directory.department(code).map(d -> d.name(LocaleContextHolder.getLocale())).orElse(code);
    }
}
