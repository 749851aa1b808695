package org.atelier.claims.bonus.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.bonus.BonusPolicyPermissions;
import org.atelier.claims.bonus.application.SettingBonusPolicy;
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
 * A year's bonus policy: the ratios in force (the defaults until someone sets them) and, for top management and
 * finance, the form that sets them. Every field is read before refusing; refusals show inside the form, nothing saved.
 */
@Controller
class BonusPolicyPages {

    private final SettingBonusPolicy setting;
    private final FormFailures failures;
    private final CompanyCalendar calendar;

    BonusPolicyPages(SettingBonusPolicy setting, FormFailures failures, CompanyCalendar calendar) {
        this.setting = setting;
        this.failures = failures;
        this.calendar = calendar;
    }

    @GetMapping("/bonus-policies")
    String current(CurrentUser user) {
        return "redirect:/bonus-policies/" + calendar.year();
    }

    @GetMapping("/bonus-policies/{year:\\d{4}}")
    String show(CurrentUser user, @PathVariable int year, Model model, HttpServletResponse response) {
        BonusPolicy policy;
        try {
            policy = setting.of(user, year);
        } catch (NotFound | RuleViolation unknown) {
            response.setStatus(404);
            return "claims/not-found";
        }
        model.addAttribute("year", year);
        model.addAttribute("policy", policy);
        model.addAttribute("policies", setting.all(user));
        model.addAttribute("maySet", user.hasAny(Role.MANAGEMENT, Role.FINANCE));
        return "bonus/policy";
    }

    @PostMapping("/bonus-policies/{year:\\d{4}}")
    String set(CurrentUser user, @PathVariable int year, @RequestParam(required = false) String deductionRatio,
               @RequestParam(required = false) String compensationRatio, @RequestParam(required = false) String redistributionRatio,
               Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            BonusPolicyPermissions.checkMaySet(user);
            FormCheck check = new FormCheck();
            Integer deduction = check.read(() -> ratio("deductionRatio", deductionRatio, BonusPolicy.FULL));
            Integer compensation = check.read(() -> ratio("compensationRatio", compensationRatio, BonusPolicy.FULL - 1));
            Integer redistribution = check.read(() -> ratio("redistributionRatio", redistributionRatio, BonusPolicy.FULL - 1));
            if (!check.passed()) {
                return refused(user, year, check.violations(), model, request, response);
            }
            setting.set(user, year, deduction, compensation, redistribution);
            Flash.done(redirect, "policy.saved", String.valueOf(year));
            return "redirect:/bonus-policies/" + year;
        } catch (RuleViolation | NotAllowed refusal) {
            return refused(user, year, List.of(refusal), model, request, response);
        }
    }

    /** A ratio in basis points, a whole number within 0…max; the policy checks the same bounds again. */
    private static int ratio(String field, String typed, int max) {
        String text = FormCheck.required(field, typed, 20).replace(" ", "").replace("\u00a0", "");
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "notWholeNumber", "''{0}'' is not a whole number", text);
        }
        if (value < 0 || value > max) {
            throw new RuleViolation(field, "ratioRange", "A ratio in basis points from 0 to {0}", String.valueOf(max));
        }
        return value;
    }

    private String refused(CurrentUser user, int year, List<? extends RuntimeException> refusals, Model model, HttpServletRequest request,
                           HttpServletResponse response) {
        failures.showIn(model, "policy", refusals, request, response);
        int status = response.getStatus();
        String view = show(user, year, model, response);
        if (response.getStatus() != 404) {
            response.setStatus(status);
        }
        return view;
    }
}
