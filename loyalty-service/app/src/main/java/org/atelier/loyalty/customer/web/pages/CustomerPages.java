package org.atelier.loyalty.customer.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerAlreadyLost;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerNotFound;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.application.ChangingClubMembership;
import org.atelier.loyalty.customer.application.ChangingSignificance;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.customer.application.RecordingLoss;
import org.atelier.loyalty.customer.application.RecordingPurchase;
import org.atelier.loyalty.customer.application.RegisteringCustomer;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sales' and marketing's pages: the customer list, the customer card with its timeline, and a form per action.
 * Every action goes through the same use cases as the API; a refusal is shown next to the form and changes nothing.
 */
@Controller
class CustomerPages {

    private static final int PAGE_SIZE = 20;

    private final FindingCustomers finding;
    private final RegisteringCustomer registering;
    private final RecordingPurchase recordingPurchase;
    private final RecordingLoss recordingLoss;
    private final ChangingSignificance changingSignificance;
    private final ChangingClubMembership changingClub;
    private final KnownDepartments departments;
    private final String portal;

    CustomerPages(FindingCustomers finding, RegisteringCustomer registering, RecordingPurchase recordingPurchase,
                  RecordingLoss recordingLoss, ChangingSignificance changingSignificance, ChangingClubMembership changingClub,
                  KnownDepartments departments, @Value("${atelier.security.issuer}") String issuer) {
        this.portal = issuer + "/";
        this.finding = finding;
        this.registering = registering;
        this.recordingPurchase = recordingPurchase;
        this.recordingLoss = recordingLoss;
        this.changingSignificance = changingSignificance;
        this.changingClub = changingClub;
        this.departments = departments;
    }

    /** The identity provider's portal, linked from every page's header. */
    @ModelAttribute("portal")
    String portal() {
        return portal;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/customers";
    }

    @GetMapping("/customers")
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Significance significance,
                @RequestParam(required = false) CustomerStatus status, @RequestParam(required = false) Boolean loyal,
                @RequestParam(required = false) String manager, @RequestParam(defaultValue = "0") int page, Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        FindingCustomers.Page found = finding.page(new CustomerFilter(q, significance, status, manager, loyal), safePage, PAGE_SIZE);
        model.addAttribute("user", user);
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        model.addAttribute("significance", significance);
        model.addAttribute("status", status);
        model.addAttribute("loyal", loyal);
        model.addAttribute("manager", manager);
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        model.addAttribute("mayManage", CustomerPermissions.mayManageCustomers(user));
        model.addAttribute("significances", Significance.values());
        model.addAttribute("statuses", CustomerStatus.values());
        return "customers/list";
    }

    @GetMapping("/customers/new")
    String newCustomer(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("departments", departmentCodes());
        model.addAttribute("significances", Significance.values());
        return "customers/new";
    }

    @PostMapping("/customers")
    String register(CurrentUser user, @RequestParam(required = false) String name, @RequestParam(required = false) Significance significance,
                    @RequestParam(required = false) String taxId, @RequestParam(required = false) String segment,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String department,
                    @RequestParam(required = false) LocalDate cooperationSince, Model model, HttpServletResponse response) {
        try {
            if (significance == null) {
                throw new RuleViolation("significance", "Choose KEY or REGULAR");
            }
            Customer customer = registering.register(new RegisteringCustomer.Command(user, name, significance, taxId, segment, region,
                    user.username(), department, cooperationSince));
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | NotAllowed refusal) {
            response.setStatus(refusal instanceof NotAllowed ? 403 : 400);
            model.addAttribute("error", refusal.getMessage());
            model.addAttribute("errorField", refusal instanceof RuleViolation violation ? violation.field() : null);
            model.addAttribute("form", new java.util.HashMap<>(java.util.Map.of("name", nullToEmpty(name), "taxId", nullToEmpty(taxId),
                    "segment", nullToEmpty(segment), "region", nullToEmpty(region))));
            return newCustomer(user, model);
        }
    }

    @GetMapping("/customers/{id}")
    String card(CurrentUser user, @PathVariable String id, Model model) {
        Customer customer = finding.byId(id);
        model.addAttribute("user", user);
        model.addAttribute("customer", customer);
        model.addAttribute("timeline", CustomerTimeline.of(customer));
        model.addAttribute("reasons", ReasonCode.values());
        model.addAttribute("departments", departmentCodes());
        model.addAttribute("mayManage", CustomerPermissions.mayManageCustomers(user));
        model.addAttribute("today", LocalDate.now(java.time.ZoneOffset.UTC));
        return "customers/card";
    }

    @PostMapping("/customers/{id}/purchases")
    String purchase(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String currency, @RequestParam(required = false) LocalDate date,
                    @RequestParam(required = false) String contractReference, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return act(user, id, model, redirect, response, "purchase.recorded",
                () -> recordingPurchase.record(new RecordingPurchase.Command(user, id, MoneyInput.minorUnits(amount, currency),
                        currency, required("date", date), contractReference)));
    }

    @PostMapping("/customers/{id}/loss")
    String loss(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String competitor,
                @RequestParam(required = false) LocalDate lostOn, @RequestParam(required = false) List<ReasonCode> reasons,
                @RequestParam(required = false) ReasonCode primaryReason, @RequestParam(required = false) List<String> departmentsAtFault,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(user, id, model, redirect, response, "loss.recorded", () -> {
            List<RecordingLoss.Reason> given = new ArrayList<>();
            for (ReasonCode code : reasons == null ? List.<ReasonCode>of() : reasons) {
                given.add(new RecordingLoss.Reason(code, code == primaryReason,
                        code.namesDepartments() && departmentsAtFault != null ? departmentsAtFault : List.of()));
            }
            return recordingLoss.record(new RecordingLoss.Command(user, id, competitor, lostOn, given, note));
        });
    }

    @PostMapping("/customers/{id}/significance")
    String significance(CurrentUser user, @PathVariable String id, @RequestParam(required = false) Significance significance,
                        @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(user, id, model, redirect, response, "significance.changed",
                () -> changingSignificance.change(new ChangingSignificance.Command(user, id, required("significance", significance), reason)));
    }

    @PostMapping("/customers/{id}/club")
    String club(CurrentUser user, @PathVariable String id, @RequestParam boolean member, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        return act(user, id, model, redirect, response, member ? "club.joined" : "club.left",
                () -> changingClub.change(new ChangingClubMembership.Command(user, id, member)));
    }

    @ExceptionHandler(CustomerNotFound.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        return "customers/not-found";
    }

    /** Runs an action; on success back to the card with a note, on refusal the card again with the reason. */
    private String act(CurrentUser user, String id, Model model, RedirectAttributes redirect, HttpServletResponse response,
                       String doneMessage, java.util.function.Supplier<Customer> action) {
        try {
            Customer customer = action.get();
            redirect.addFlashAttribute("done", doneMessage);
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | NotAllowed | CustomerAlreadyLost | ConcurrentChange refusal) {
            response.setStatus(refusal instanceof NotAllowed ? 403 : refusal instanceof RuleViolation ? 400 : 409);
            model.addAttribute("error", refusal.getMessage());
            return card(user, id, model);
        }
    }

    private List<String> departmentCodes() {
        return departments.all().stream().map(code -> code.value()).sorted().toList();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "Fill in " + field);
        }
        return value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
