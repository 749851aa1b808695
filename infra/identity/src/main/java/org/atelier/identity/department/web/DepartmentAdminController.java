package org.atelier.identity.department.web;

import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.application.CreatingDepartment;
import org.atelier.identity.department.application.DeactivatingDepartment;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The departments page for admins: the list, a form to add one, a button to deactivate one. */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController {

    private static final String VIEW = "admin/departments";
    private static final String BACK_TO_LIST = "redirect:/admin/departments";

    private final FindingDepartments finding;
    private final CreatingDepartment creating;
    private final DeactivatingDepartment deactivating;

    DepartmentAdminController(FindingDepartments finding, CreatingDepartment creating, DeactivatingDepartment deactivating) {
        this.finding = finding;
        this.creating = creating;
        this.deactivating = deactivating;
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

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        DepartmentCode department = DepartmentCode.parse(code);
        deactivating.deactivate(department);
        redirect.addFlashAttribute("deactivated", department.value());
        return BACK_TO_LIST;
    }

    private String page(Model model) {
        model.addAttribute("departments", finding.all());
        return VIEW;
    }
}
