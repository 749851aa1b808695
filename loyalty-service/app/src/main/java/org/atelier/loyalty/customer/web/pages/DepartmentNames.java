package org.atelier.loyalty.customer.web.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.loyalty.customer.DepartmentCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Departments as the pages show them: by their name in the reader's language, as the company directory has it.
 * Pickers offer the departments in force, in alphabetical order of that name; a record shows the name of the
 * department it names even once that department is closed; a code the directory does not know shows as itself.
 * Templates reach it as {@code @departmentNames}.
 */
@Component("departmentNames")
public class DepartmentNames {

    /** One choice in a picker. */
    public record Choice(String code, String name, boolean closed) {
    }

    private final Directory directory;

    DepartmentNames(Directory directory) {
        this.directory = directory;
    }

    /** The departments a new record may name. */
    public List<Choice> inForce() {
        Locale locale = LocaleContextHolder.getLocale();
        return sorted(directory.departmentsInForce().stream().map(department -> choice(department, locale)).toList(), locale);
    }

    /** The departments a profile may name: those in force, and the one it names now if that one is closed since. */
    public List<Choice> forProfile(DepartmentCode current) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Choice> choices = new ArrayList<>(inForce());
        if (current != null && choices.stream().noneMatch(choice -> choice.code().equals(current.value()))) {
            choices.add(directory.department(current.value()).map(department -> choice(department, locale))
                    .orElse(new Choice(current.value(), current.value(), true)));
        }
        return sorted(choices, locale);
    }

    /** The name to show for a department code; "—" for none. */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return directory.department(code).map(department -> department.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    private static Choice choice(DirectoryDepartment department, Locale locale) {
        return new Choice(department.code(), department.name(locale), !department.inForce());
    }

    private static List<Choice> sorted(List<Choice> choices, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return choices.stream().sorted(Comparator.comparing(Choice::name, collator).thenComparing(Choice::code)).toList();
    }
}
