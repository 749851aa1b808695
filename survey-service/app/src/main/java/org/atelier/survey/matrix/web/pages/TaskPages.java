package org.atelier.survey.matrix.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.atelier.security.CurrentUser;
import org.atelier.survey.common.RuleViolation;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.matrix.CatalogueTask;
import org.atelier.survey.matrix.CataloguePermissions;
import org.atelier.survey.matrix.TaskNotFound;
import org.atelier.survey.matrix.application.EditingCatalogue;
import org.atelier.survey.site.Page;
import org.atelier.web.pages.Flash;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' task catalogue: the matrix's rows for campaigns opened from now on, each linked to the loss reasons it
 * touches. A refused task is shown again with every reason inside the form and nothing stored.
 */
@Controller
@Page
class TaskPages {

    private final EditingCatalogue catalogue;
    private final PageSupport support;

    TaskPages(EditingCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.support = new PageSupport(messages);
    }

    @GetMapping("/tasks")
    String list(CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!CataloguePermissions.mayEdit(user)) {
            return forbidden(model, response);
        }
        model.addAttribute("tasks", catalogue.tasks(user));
        model.addAttribute("russian", PageSupport.russian());
        model.addAttribute("reasonCodes", ReasonCode.values());
        model.addAttribute("here", request.getRequestURI());
        return "matrix/tasks";
    }

    @GetMapping("/tasks/new")
    String addForm(CurrentUser user, Model model, HttpServletResponse response) {
        if (!CataloguePermissions.mayEdit(user)) {
            return forbidden(model, response);
        }
        return taskForm(null, model, "/tasks/new");
    }

    @PostMapping("/tasks")
    String add(CurrentUser user, @RequestParam(required = false) String code, @RequestParam(required = false) String nameEn,
               @RequestParam(required = false) String nameRu, @RequestParam(required = false) String description,
               @RequestParam(name = "reason", required = false) List<String> reasons, Model model, RedirectAttributes redirect,
               HttpServletRequest request, HttpServletResponse response) {
        if (!CataloguePermissions.mayEdit(user)) {
            return forbidden(model, response);
        }
        String trimmed = code == null ? null : code.strip();
        List<RuleViolation> violations = new ArrayList<>(CatalogueTask.violations(trimmed, nameEn, nameRu, description));
        Set<ReasonCode> linked = reasons(reasons, violations);
        try {
            if (violations.isEmpty()) {
                catalogue.add(user, trimmed, nameEn, nameRu, description, linked);
                Flash.done(redirect, "task.added", trimmed);
                return "redirect:/tasks";
            }
        } catch (RuleViolation refused) {
            violations.add(refused);
        }
        return refused(null, violations, model, request, response, "/tasks/new");
    }

    @GetMapping("/tasks/{code}/edit")
    String editForm(CurrentUser user, @PathVariable String code, Model model, HttpServletResponse response) {
        if (!CataloguePermissions.mayEdit(user)) {
            return forbidden(model, response);
        }
        try {
            return taskForm(catalogue.task(user, code), model, "/tasks/" + code + "/edit");
        } catch (TaskNotFound notFound) {
            response.setStatus(404);
            return "matrix/not-found";
        }
    }

    @PostMapping("/tasks/{code}")
    String edit(CurrentUser user, @PathVariable String code, @RequestParam(required = false) String nameEn,
                @RequestParam(required = false) String nameRu, @RequestParam(required = false) String description,
                @RequestParam(name = "reason", required = false) List<String> reasons, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        if (!CataloguePermissions.mayEdit(user)) {
            return forbidden(model, response);
        }
        CatalogueTask current;
        try {
            current = catalogue.task(user, code);
        } catch (TaskNotFound notFound) {
            response.setStatus(404);
            return "matrix/not-found";
        }
        List<RuleViolation> violations = new ArrayList<>(CatalogueTask.violations(code, nameEn, nameRu, description));
        Set<ReasonCode> linked = reasons(reasons, violations);
        try {
            if (violations.isEmpty()) {
                catalogue.edit(user, code, nameEn, nameRu, description, linked);
                Flash.done(redirect, "task.saved", code);
                return "redirect:/tasks";
            }
        } catch (RuleViolation refused) {
            violations.add(refused);
        }
        return refused(current, violations, model, request, response, "/tasks/" + code + "/edit");
    }

    private String refused(CatalogueTask current, List<RuleViolation> violations, Model model, HttpServletRequest request,
                           HttpServletResponse response, String here) {
        taskForm(current, model, here);
        model.addAttribute("failure", support.refused("task", violations, request.getParameterMap()));
        response.setStatus(400);
        return "matrix/task";
    }

    private String taskForm(CatalogueTask task, Model model, String here) {
        model.addAttribute("task", task);
        model.addAttribute("reasonCodes", ReasonCode.values());
        model.addAttribute("action", task == null ? "/tasks" : "/tasks/" + task.code());
        model.addAttribute("here", here);
        return "matrix/task";
    }

    private static Set<ReasonCode> reasons(List<String> codes, List<RuleViolation> violations) {
        Set<ReasonCode> linked = EnumSet.noneOf(ReasonCode.class);
        for (String code : codes == null ? List.<String>of() : codes.stream().distinct().limit(ReasonCode.values().length + 1).toList()) {
            try {
                linked.add(ReasonCode.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                violations.add(new RuleViolation("reasons", "choice.unknown", "Not one of the choices offered"));
                break;
            }
        }
        return linked;
    }

    private static String forbidden(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("section", "tasks");
        return "matrix/forbidden";
    }
}
