package org.atelier.claims.claim.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.atelier.claims.claim.Claim;
import org.atelier.claims.claim.ClaimPermissions;
import org.atelier.claims.claim.ClaimStatus;
import org.atelier.claims.claim.application.FilingClaims;
import org.atelier.claims.common.Money;
import org.atelier.claims.common.RuleViolation;
import org.atelier.claims.common.web.FormCheck;
import org.atelier.claims.common.web.FormFailures;
import org.atelier.claims.customer.KnownCustomer;
import org.atelier.claims.customer.application.FindingCustomers;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The heads' way in: the list of claims, filtered by state and by the reader's department as claimant or respondent,
 * and the form a department head files a claim with. A refused claim is shown again inside its form, nothing filed.
 * The related customer is picked by name in a step inside the form: its search button sends the form here, the
 * matching customers of claims' replica come back as the choices, and what was typed so far stays in place.
 */
@Controller
class ClaimListPages {

    /** Which side of a claim the reader's department is on. */
    enum Side { FILED, RECEIVED }

    private final FilingClaims filing;
    private final FindingCustomers customers;
    private final FormFailures failures;

    ClaimListPages(FilingClaims filing, FindingCustomers customers, FormFailures failures) {
        this.filing = filing;
        this.customers = customers;
        this.failures = failures;
    }

    @GetMapping("/claims")
    String list(CurrentUser user, @RequestParam(required = false) String state, @RequestParam(required = false) String mine, Model model,
                HttpServletResponse response) {
        if (!ClaimPermissions.maySee(user)) {
            response.setStatus(404);
            return "claims/not-found";
        }
        ClaimStatus status = choice(state, ClaimStatus.class);
        Side side = choice(mine, Side.class);
        List<Claim> claims = filing.all(user).stream()
                .filter(claim -> status == null || claim.status() == status)
                .filter(claim -> side == null || Objects.equals(user.department(), side == Side.FILED
                        ? claim.statement().claimantDepartment() : claim.statement().respondentDepartment()))
                .toList();
        model.addAttribute("claims", claims);
        model.addAttribute("state", status);
        model.addAttribute("mine", side);
        model.addAttribute("states", ClaimStatus.values());
        model.addAttribute("sides", Side.values());
        model.addAttribute("mayFile", user.has(Role.DEPARTMENT_HEAD));
        return "claims/list";
    }

    /** Offered to department heads only; anyone else is told so rather than shown a form that would refuse. */
    @GetMapping("/claims/new")
    String newClaim(CurrentUser user, Model model, HttpServletResponse response) {
        return form(user, null, null, model, response);
    }

    /** The customer search step: the form comes back with the customers whose name matches as the choices. */
    @PostMapping("/claims/new/customers")
    String findCustomer(CurrentUser user, @RequestParam(required = false) String customerQuery,
                        @RequestParam(required = false) String customerId, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!user.has(Role.DEPARTMENT_HEAD)) {
            return form(user, null, null, model, response);
        }
        List<KnownCustomer> found;
        try {
            found = customers.search(user, customerQuery);
        } catch (RuleViolation refusal) {
            failures.showIn(model, "claim", new RuleViolation("customerQuery", refusal.code(), refusal.getMessage(), refusal.arguments()),
                    request, response);
            return form(user, null, customerId, model, response);
        }
        failures.keepTyped(model, "claim", request);
        String chosen = found.size() == 1 && (customerId == null || customerId.isBlank()) ? found.get(0).customerId() : customerId;
        return form(user, found, chosen, model, response);
    }

    /**
     * @param found  the customers a search found, null when none was made
     * @param chosen the customer picked so far; stays a choice while the replica knows it
     */
    private String form(CurrentUser user, List<KnownCustomer> found, String chosen, Model model, HttpServletResponse response) {
        boolean mayFile = user.has(Role.DEPARTMENT_HEAD);
        if (!mayFile) {
            response.setStatus(403);
        }
        model.addAttribute("mayFile", mayFile);
        model.addAttribute("department", user.department());
        if (mayFile) {
            List<KnownCustomer> choices = new java.util.ArrayList<>(found == null ? List.of() : found);
            customers.named(user, chosen).filter(picked -> choices.stream().noneMatch(c -> c.customerId().equals(picked.customerId())))
                    .ifPresent(picked -> choices.add(0, picked));
            model.addAttribute("customerChoices", choices);
            model.addAttribute("chosenCustomer", chosen == null ? null : chosen.strip());
            model.addAttribute("customerSearched", found != null);
        }
        return "claims/new";
    }

    @PostMapping("/claims")
    String file(CurrentUser user, @RequestParam(required = false) String respondentDepartment, @RequestParam(required = false) String regulationId,
                @RequestParam(required = false) String whatHappened, @RequestParam(required = false) String happenedOn,
                @RequestParam(required = false) String customerId, @RequestParam(required = false) String contractReference,
                @RequestParam(required = false) String customerConsequences, @RequestParam(required = false) String planIndicator,
                @RequestParam(required = false) String currency, @RequestParam(required = false) String claimedShortfall,
                @RequestParam(required = false) String planAdjustmentRequested, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        FormCheck check = new FormCheck();
        String respondent = check.read(() -> FormCheck.required("respondentDepartment", respondentDepartment, 40));
        String regulation = check.read(() -> FormCheck.required("regulationId", regulationId, 64));
        String what = check.read(() -> FormCheck.required("whatHappened", whatHappened, 4000));
        var day = check.read(() -> FormCheck.date("happenedOn", happenedOn));
        String customer = check.read(() -> FormCheck.text("customerId", customerId, 64));
        String contract = check.read(() -> FormCheck.text("contractReference", contractReference, 100));
        String consequences = check.read(() -> FormCheck.required("customerConsequences", customerConsequences, 4000));
        String indicator = check.read(() -> FormCheck.required("planIndicator", planIndicator, 200));
        Currency money = check.read(() -> Money.currency(currency == null ? null : currency.strip()));
        Long shortfall = check.read(() -> FormCheck.amount("claimedShortfallMinor", claimedShortfall, money));
        if (shortfall != null && shortfall == 0) {
            check.refuse(new RuleViolation("claimedShortfallMinor", "shortfallPositive", "A claim names the shortfall it caused, more than 0"));
        }
        Long adjustment = planAdjustmentRequested == null || planAdjustmentRequested.isBlank() ? Long.valueOf(0)
                : check.read(() -> FormCheck.amount("planAdjustmentRequested", planAdjustmentRequested, money));
        if (!check.passed()) {
            failures.showIn(model, "claim", check.violations(), request, response);
            return form(user, null, customer, model, response);
        }
        try {
            Claim claim = filing.file(new FilingClaims.FileCommand(user, null, respondent, regulation, what, day, customer, contract,
                    consequences, indicator, money.getCurrencyCode(), shortfall, adjustment, List.of()));
            return "redirect:/claims/" + claim.id();
        } catch (RuleViolation | NotAllowed refusal) {
            failures.showIn(model, "claim", refusal, request, response);
            int status = response.getStatus();
            String view = form(user, null, customer, model, response);
            response.setStatus(status);
            return view;
        }
    }

    /** A filter value that is not one of the choices offered shows the whole list rather than an error page. */
    private static <E extends Enum<E>> E choice(String typed, Class<E> type) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equalsIgnoreCase(typed.strip())).findFirst().orElse(null);
    }
}
