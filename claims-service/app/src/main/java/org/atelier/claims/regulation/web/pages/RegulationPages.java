package org.atelier.claims.regulation.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.common.web.FormCheck;
import org.atelier.claims.common.web.FormFailures;
import org.atelier.claims.regulation.Regulation;
import org.atelier.claims.regulation.application.KeepingRegulations;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.atelier.web.pages.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regulations catalogue: every version of every regulation, and for top management and administrators the form
 * that publishes a regulation's next version (a new code starts at version 1). Versions are never edited.
 */
@Controller
class RegulationPages {

    private final KeepingRegulations regulations;
    private final FormFailures failures;

    RegulationPages(KeepingRegulations regulations, FormFailures failures) {
        this.regulations = regulations;
        this.failures = failures;
    }

    @GetMapping("/regulations")
    String list(CurrentUser user, Model model) {
        model.addAttribute("regulations", regulations.all());
        model.addAttribute("mayPublish", mayPublish(user));
        return "regulations/list";
    }

    @GetMapping("/regulations/new")
    String form(CurrentUser user, @RequestParam(required = false) String id, Model model) {
        model.addAttribute("mayPublish", mayPublish(user));
        model.addAttribute("nextOf", id == null ? null : regulations.all().stream().filter(r -> r.id().equals(id))
                .reduce((a, b) -> b).orElse(null));
        return "regulations/new";
    }

    @PostMapping("/regulations")
    String publish(CurrentUser user, @RequestParam(required = false) String id, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String text, @RequestParam(required = false) String owningDepartment,
                   @RequestParam(required = false) List<String> boundDepartments, @RequestParam(required = false) String inForceFrom,
                   @RequestParam(required = false) String inForceTo, Model model, RedirectAttributes redirect, HttpServletRequest request,
                   HttpServletResponse response) {
        try {
            FormCheck check = new FormCheck();
            String code = check.read(() -> FormCheck.required("id", id, 64));
            String title = check.read(() -> FormCheck.required("name", name, 200));
            String body = check.read(() -> FormCheck.required("text", text, 20_000));
            String owner = check.read(() -> FormCheck.required("owningDepartment", owningDepartment, 40));
            List<String> bound = boundDepartments == null ? List.of() : boundDepartments.stream().limit(200).toList();
            if (bound.isEmpty()) {
                check.refuse(new RuleViolation("boundDepartments", "required", "At least one department is bound by it"));
            }
            LocalDate from = check.read(() -> FormCheck.date("inForceFrom", inForceFrom));
            LocalDate to = inForceTo == null || inForceTo.isBlank() ? null : check.read(() -> FormCheck.date("inForceTo", inForceTo));
            if (!check.passed()) {
                return refused(user, check.violations(), model, request, response);
            }
            Regulation published = regulations.publish(new KeepingRegulations.PublishCommand(user, code, title, body, owner, bound, from, to));
            Flash.done(redirect, "regulations.published", published.id(), published.version());
            return "redirect:/regulations#regulation-" + published.id() + "-" + published.version();
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, List.of(refusal), model, request, response);
        }
    }

    private String refused(CurrentUser user, List<? extends RuntimeException> refusals, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        failures.showIn(model, "regulation", refusals, request, response);
        int status = response.getStatus();
        String view = form(user, null, model);
        response.setStatus(status);
        return view;
    }

    private static boolean mayPublish(CurrentUser user) {
        return user.hasAny(Role.MANAGEMENT, Role.ADMIN);
    }
}
