package org.atelier.claims.commendation.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Currency;
import java.util.List;
import org.atelier.claims.commendation.Commendation;
import org.atelier.claims.commendation.application.FilingCommendations;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.NotFound;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.common.web.FormCheck;
import org.atelier.claims.common.web.FormFailures;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.atelier.web.pages.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Commendation acts: the list, the petition a department head files for their own department to reward another,
 * and one act's page with its lifecycle and, once decided, the decision and its ledger entries.
 */
@Controller
class CommendationPages {

    private final FilingCommendations filing;
    private final FormFailures failures;

    CommendationPages(FilingCommendations filing, FormFailures failures) {
        this.filing = filing;
        this.failures = failures;
    }

    @GetMapping("/commendations")
    String list(CurrentUser user, Model model) {
        model.addAttribute("commendations", filing.all(user));
        model.addAttribute("mayFile", user.has(Role.DEPARTMENT_HEAD));
        return "commendations/list";
    }

    @GetMapping("/commendations/new")
    String form(CurrentUser user, Model model, HttpServletResponse response) {
        boolean mayFile = user.has(Role.DEPARTMENT_HEAD);
        if (!mayFile) {
            response.setStatus(403);
        }
        model.addAttribute("mayFile", mayFile);
        model.addAttribute("department", user.department());
        return "commendations/new";
    }

    @PostMapping("/commendations")
    String file(CurrentUser user, @RequestParam(required = false) String commendedDepartment, @RequestParam(required = false) String help,
                @RequestParam(required = false) String currency, @RequestParam(required = false) String proposedReward,
                @RequestParam(required = false) String recognition, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        try {
            FormCheck check = new FormCheck();
            String commended = check.read(() -> FormCheck.required("commendedDepartment", commendedDepartment, 40));
            String what = check.read(() -> FormCheck.required("help", help, 4000));
            Currency money = check.read(() -> Money.currency(currency));
            Long reward = money == null ? null : proposedReward == null || proposedReward.isBlank() ? Long.valueOf(0)
                    : check.read(() -> FormCheck.amount("proposedRewardMinor", proposedReward, money));
            String thanks = check.read(() -> FormCheck.text("recognition", recognition, 1000));
            if (!check.passed()) {
                return refused(user, check.violations(), model, request, response);
            }
            Commendation filed = filing.file(new FilingCommendations.FileCommand(user, user.department(), commended, what,
                    money.getCurrencyCode(), reward, thanks));
            Flash.done(redirect, "commendation.filed");
            return "redirect:/commendations/" + filed.id();
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, List.of(refusal), model, request, response);
        }
    }

    @GetMapping("/commendations/{id}")
    String show(CurrentUser user, @PathVariable String id, Model model, HttpServletResponse response) {
        Commendation commendation;
        try {
            commendation = filing.find(user, id);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
        model.addAttribute("commendation", commendation);
        model.addAttribute("history", commendation.lifecycle().transitions());
        model.addAttribute("decision", commendation.decision().orElse(null));
        return "commendations/show";
    }

    private String refused(CurrentUser user, List<? extends RuntimeException> refusals, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        failures.showIn(model, "commendation", refusals, request, response);
        int status = response.getStatus();
        String view = form(user, model, response);
        response.setStatus(status);
        return view;
    }
}
