package org.atelier.identity.department.web;

import java.util.Locale;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.application.CreatingDepartment;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.department.application.RenamingDepartment;
import org.atelier.identity.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The departments page for admins: the list, a form to add one, and per department a form to rename it and a
 * button to close (deactivate) it. A refused rename or closing comes back to the list with the reason.
 */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private static final String VIEW = "admin/departments";
    private static final String BACK_TO_LIST = "redirect:/admin/departments";

    private final FindingDepartments finding;
    private final CreatingDepartment creating;
    private final RenamingDepartment renaming;
    private final DeactivatingDepartment deactivating;
    private final MessageSource messages;

    DepartmentAdminController(FindingDepartments finding, CreatingDepartment creating, RenamingDepartment renaming,
                              DeactivatingDepartment deactivating, MessageSource messages) {
        this.finding = finding;
        this.creating = creating;
        this.renaming = renaming;
        this.deactivating = deactivating;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new DepartmentForm());
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") DepartmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Department created = creating.create(new CreatingDepartment.Command(form.getCode(), form.getNameEn(), form.getNameRu()));
            redirect.addFlashAttribute("created", created.code().value());
            return BACK_TO_LIST;
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
            return page(model);
        }
    }

    @PostMapping("/{code}/rename")
    String rename(@PathVariable String code, @RequestParam(required = false) String nameEn, @RequestParam(required = false) String nameRu,
                  RedirectAttributes redirect, Locale locale) {
        DepartmentCode department = DepartmentCode.parse(code);
        try {
            Department renamed = renaming.rename(new RenamingDepartment.Command(department.value(), nameEn, nameRu));
            redirect.addFlashAttribute("renamed", renamed.code().value());
        } catch (RuleViolation violation) {
            refuse(redirect, violation, locale);
        }
        return BACK_TO_LIST;
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        DepartmentCode department = DepartmentCode.parse(code);
        try {
            deactivating.deactivate(department);
            redirect.addFlashAttribute("deactivated", department.value());
        } catch (RuleViolation violation) {
            refuse(redirect, violation, locale);
        }
        return BACK_TO_LIST;
    }

    private void refuse(RedirectAttributes redirect, RuleViolation violation, Locale locale) {
        redirect.addFlashAttribute("refused", messages.getMessage("rule." + violation.code(), violation.arguments(), violation.getMessage(),
                locale));
    }

    private String page(Model model) {
        model.addAttribute("departments", finding.all());
        return VIEW;
    }
}
