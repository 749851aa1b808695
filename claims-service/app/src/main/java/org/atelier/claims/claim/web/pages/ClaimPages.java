package org.atelier.claims.claim.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimStatus;
import org.atelier.claims.claim.application.FilingClaims;
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

/** One claim as the hearing reads it: what was claimed, every step it took, and the respondent's position form. */
@Controller
class ClaimPages {

    private final FilingClaims filing;
    private final FormFailures failures;

    ClaimPages(FilingClaims filing, FormFailures failures) {
        this.filing = filing;
        this.failures = failures;
    }

    @GetMapping("/claims/{id}")
    String show(CurrentUser user, @PathVariable String id, Model model, HttpServletResponse response) {
        Claim claim;
        try {
            claim = filing.find(user, id);
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
        model.addAttribute("claim", claim);
        model.addAttribute("history", claim.lifecycle().transitions());
        model.addAttribute("positionText", claim.position().map(Claim.Position::text).orElse(null));
        model.addAttribute("decision", claim.decision().orElse(null));
        model.addAttribute("mayStatePosition", user.has(Role.DEPARTMENT_HEAD) && user.belongsTo(claim.statement().respondentDepartment())
                && (claim.status() == ClaimStatus.FILED || claim.status() == ClaimStatus.SCHEDULED));
        return "claims/show";
    }

    @PostMapping("/claims/{id}/position")
    String position(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String position, Model model,
                    RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        try {
            String text = FormCheck.required("position", position, 4000);
            filing.recordPosition(user, id, text);
            Flash.done(redirect, "claim.positionRecorded");
            return "redirect:/claims/" + id;
        } catch (RuleViolation | NotAllowed refusal) {
            failures.showIn(model, "position", refusal, request, response);
            int status = response.getStatus();
            String view = show(user, id, model, response);
            if (response.getStatus() != 404) {
                response.setStatus(status);
            }
            return view;
        } catch (NotFound notFound) {
            response.setStatus(404);
            return "claims/not-found";
        }
    }
}
