package org.atelier.identity.user.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.atelier.identity.RuleViolation;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.application.FindingDepartments;
import org.atelier.identity.login.PersonSessions;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.application.ChangingUserAssignment;
import org.atelier.identity.user.application.DeactivatingUser;
import org.atelier.identity.user.application.FindingUsers;
import org.atelier.identity.user.application.ReactivatingUser;
import org.atelier.identity.user.application.RegisteringUser;
import org.atelier.identity.user.application.ResettingPassword;
import org.atelier.identity.web.FormErrors;
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
 * The users pages for admins: search, create with an initial password, change department, level and roles,
 * deactivate and reactivate, reset a forgotten password. Every change redirects, so reloading a page never
 * repeats it.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private static final String LIST_VIEW = "admin/users";
    private static final String NEW_VIEW = "admin/user-new";
    private static final String EDIT_VIEW = "admin/user-edit";

    private final FindingUsers finding;
    private final FindingDepartments departments;
    private final RegisteringUser registering;
    private final ChangingUserAssignment assigning;
    private final DeactivatingUser deactivating;
    private final ReactivatingUser reactivating;
    private final ResettingPassword resetting;
    private final PersonSessions sessions;

    UserAdminController(FindingUsers finding, FindingDepartments departments, RegisteringUser registering,
                        ChangingUserAssignment assigning, DeactivatingUser deactivating, ReactivatingUser reactivating,
                        ResettingPassword resetting, PersonSessions sessions) {
        this.finding = finding;
        this.departments = departments;
        this.registering = registering;
        this.assigning = assigning;
        this.deactivating = deactivating;
        this.reactivating = reactivating;
        this.resetting = resetting;
        this.sessions = sessions;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String department,
                Model model, Locale locale) {
        List<User> found;
        try {
            found = finding.search(q, department);
        } catch (RuleViolation malformedDepartment) {
            found = List.of();
        }
        model.addAttribute("users", found);
        model.addAttribute("q", q);
        model.addAttribute("department", department);
        model.addAttribute("departments", departments.all());
        model.addAttribute("departmentNames", departmentNames(locale));
        model.addAttribute("limited", found.size() >= FindingUsers.MAX_RESULTS);
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        return newUserPage(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewUserForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return newUserPage(model, form.getDepartment());
        }
        try {
            User user = registering.register(new RegisteringUser.Command(form.getUsername(), form.getDisplayName(),
                    form.getEmail(), form.getDepartment(), form.getLevel(), form.getRoles(), form.getPassword(), true));
            redirect.addFlashAttribute("created", true);
            return redirectTo(user.username());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
            return newUserPage(model, form.getDepartment());
        }
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        User user = finding.get(Username.of(username));
        model.addAttribute("form", AssignmentForm.of(user));
        return editPage(model, user);
    }

    @PostMapping("/{username}")
    String assign(@PathVariable String username, @ModelAttribute("form") AssignmentForm form, BindingResult result,
                  Principal admin, Model model, RedirectAttributes redirect) {
        User user = finding.get(Username.of(username));
        if (result.hasErrors()) {
            return editPage(model, user);
        }
        try {
            assigning.change(Username.of(admin.getName()), new ChangingUserAssignment.Command(username, form.getDepartment(), form.getLevel(),
                    form.getRoles(), form.getVersion()));
            redirect.addFlashAttribute("saved", true);
            return redirectTo(user.username());
        } catch (RuleViolation violation) {
            FormErrors.reject(result, violation);
            return editPage(model, user);
        }
    }

    @PostMapping("/{username}/deactivate")
    String deactivate(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        Username user = Username.of(username);
        try {
            deactivating.deactivate(Username.of(admin.getName()), user);
            redirect.addFlashAttribute("deactivated", true);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("refused", "rule." + violation.code());
        }
        return redirectTo(user);
    }

    @PostMapping("/{username}/reactivate")
    String reactivate(@PathVariable String username, RedirectAttributes redirect) {
        Username user = Username.of(username);
        reactivating.reactivate(user);
        redirect.addFlashAttribute("reactivated", true);
        return redirectTo(user);
    }

    /**
     * The temporary password travels as a flash attribute: shown on the next page once, then gone. The person's
     * sessions end: whoever is using them may be the reason for the reset.
     */
    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, RedirectAttributes redirect) {
        Username user = Username.of(username);
        redirect.addFlashAttribute("temporaryPassword", resetting.reset(user));
        sessions.endAll(user.value());
        return redirectTo(user);
    }

    private String newUserPage(Model model, String selectedDepartment) {
        model.addAttribute("departments", assignable(selectedDepartment));
        model.addAttribute("levels", ManagementLevel.values());
        model.addAttribute("allRoles", Role.values());
        return NEW_VIEW;
    }

    private String editPage(Model model, User user) {
        model.addAttribute("user", user);
        model.addAttribute("departments", assignable(user.department().value()));
        model.addAttribute("levels", ManagementLevel.values());
        model.addAttribute("allRoles", Role.values());
        return EDIT_VIEW;
    }

    /** Active departments, plus the one already chosen even if it was deactivated since, so the form shows it. */
    private List<Department> assignable(String selected) {
        List<Department> result = new ArrayList<>(departments.active());
        departments.all().stream()
                .filter(department -> !department.isActive() && department.code().value().equals(selected))
                .forEach(result::add);
        return result;
    }

    private Map<String, String> departmentNames(Locale locale) {
        return departments.all().stream().collect(Collectors.toMap(department -> department.code().value(),
                department -> department.name(locale), (a, b) -> a));
    }

    private static String redirectTo(Username username) {
        return "redirect:/admin/users/" + username.value();
    }
}
