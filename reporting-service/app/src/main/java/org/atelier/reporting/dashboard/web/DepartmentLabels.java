package org.atelier.reporting.dashboard.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Departments as the dashboards name them: the directory's name in the reader's language, the code itself for a
 * department the directory does not know (yet). Templates reach it as {@code @departments}.
 */
@Component("departments")
public class DepartmentLabels {

    /** A department to choose, e.g. in the scorecard's picker. */
    public record Choice(String code, String name) {
    }

    private final Directory directory;

    DepartmentLabels(Directory directory) {
        this.directory = directory;
    }

    /** The name to show for a code; "—" for none. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return directory.department(code).map(department -> department.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    /** Every department in force, by name in the reader's language. */
    public List<Choice> inForce() {
        Locale locale = LocaleContextHolder.getLocale();
        Collator collator = Collator.getInstance(locale);
        return directory.departmentsInForce().stream().map(department -> new Choice(department.code(), department.name(locale)))
                .sorted(Comparator.comparing(Choice::name, collator)).toList();
    }

    boolean known(String code) {
        return directory.department(code).map(DirectoryDepartment::code).isPresent();
    }
}
