package org.atelier.loyalty.customer.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.site.Page;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerAlreadyLost;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerNotFound;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.application.ChangingClubMembership;
import org.atelier.loyalty.customer.application.ChangingSignificance;
import org.atelier.loyalty.customer.application.EditingProfile;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.customer.application.GrantingReward;
import org.atelier.loyalty.customer.application.RecordingLoss;
import org.atelier.loyalty.customer.application.RecordingPurchase;
import org.atelier.loyalty.customer.application.RedeemingPoints;
import org.atelier.loyalty.customer.application.RegisteringCustomer;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sales' and marketing's pages: the customer list, the customer card with its timeline, and a form per action.
 * Every action goes through the same use cases as the API; a refusal is shown in the form that was sent, next
 * to the field at fault, with what was typed kept, and changes nothing.
 */
@Controller
@Page
class CustomerPages {

    private static final int PAGE_SIZE = 20;

    private final FindingCustomers finding;
    private final RegisteringCustomer registering;
    private final RecordingPurchase recordingPurchase;
    private final RecordingLoss recordingLoss;
    private final ChangingSignificance changingSignificance;
    private final ChangingClubMembership changingClub;
    private final RedeemingPoints redeemingPoints;
    private final GrantingReward grantingReward;
    private final EditingProfile editingProfile;
    private final KnownDepartments departments;
    private final Programmes programmes;
    private final CompanyCalendar calendar;
    private final FormFailures failures;

    CustomerPages(FindingCustomers finding, RegisteringCustomer registering, RecordingPurchase recordingPurchase,
                  RecordingLoss recordingLoss, ChangingSignificance changingSignificance, ChangingClubMembership changingClub,
                  RedeemingPoints redeemingPoints, GrantingReward grantingReward, EditingProfile editingProfile,
                  KnownDepartments departments, Programmes programmes, CompanyCalendar calendar, FormFailures failures) {
        this.failures = failures;
        this.finding = finding;
        this.registering = registering;
        this.recordingPurchase = recordingPurchase;
        this.recordingLoss = recordingLoss;
        this.changingSignificance = changingSignificance;
        this.changingClub = changingClub;
        this.redeemingPoints = redeemingPoints;
        this.grantingReward = grantingReward;
        this.editingProfile = editingProfile;
        this.departments = departments;
        this.programmes = programmes;
        this.calendar = calendar;
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
        model.addAttribute("found", found);
        ProgrammeTerms programme = programmes.current().terms();
        LocalDate today = calendar.today();
        Map<CustomerId, PointsView> points = new HashMap<>();
        found.customers().forEach(customer -> points.put(customer.id(), PointsView.of(customer.pointsStanding(programme, today), programme)));
        model.addAttribute("points", points);
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
    String newCustomer(Model model) {
        model.addAttribute("departments", departmentCodes());
        model.addAttribute("significances", Significance.values());
        return "customers/new";
    }

    @PostMapping("/customers")
    String register(CurrentUser user, @RequestParam(required = false) String name, @RequestParam(required = false) Significance significance,
                    @RequestParam(required = false) String taxId, @RequestParam(required = false) String segment,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String department,
                    @RequestParam(required = false) LocalDate cooperationSince, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        try {
            Customer customer = registering.register(new RegisteringCustomer.Command(user, name,
                    required("significance", significance), taxId, segment, region, user.username(), department, cooperationSince));
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | NotAllowed refusal) {
            refused(refusal, "register", request, response, model);
            return newCustomer(model);
        }
    }

    @GetMapping("/customers/{id}")
    String card(CurrentUser user, @PathVariable String id, Model model) {
        Customer customer = finding.byId(id);
        ProgrammeTerms programme = programmes.current().terms();
        LocalDate today = calendar.today();
        model.addAttribute("customer", customer);
        model.addAttribute("timeline", CustomerTimeline.of(customer, calendar));
        model.addAttribute("points", PointsView.of(customer.pointsStanding(programme, today), programme));
        model.addAttribute("reasons", ReasonCode.values());
        model.addAttribute("departments", departmentCodes());
        model.addAttribute("mayManage", CustomerPermissions.mayManageCustomers(user));
        model.addAttribute("today", today);
        return "customers/card";
    }

    @PostMapping("/customers/{id}/profile")
    String profile(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String taxId, @RequestParam(required = false) String segment,
                   @RequestParam(required = false) String region, @RequestParam(required = false) String accountManager,
                   @RequestParam(required = false) String department, @RequestParam(required = false) LocalDate cooperationSince,
                   Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "profile", model, redirect, request, response), "profile.saved",
                () -> editingProfile.edit(new EditingProfile.Command(user, id, name, taxId, segment, region, accountManager,
                        department, cooperationSince)));
    }

    @PostMapping("/customers/{id}/purchases")
    String purchase(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String currency, @RequestParam(required = false) LocalDate date,
                    @RequestParam(required = false) String contractReference, Model model, RedirectAttributes redirect,
                    HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "purchase", model, redirect, request, response), "purchase.recorded",
                () -> recordingPurchase.record(new RecordingPurchase.Command(user, id, NumberInput.minorUnits(amount, currency),
                        currency, required("date", date), contractReference)));
    }

    @PostMapping("/customers/{id}/loss")
    String loss(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String competitor,
                @RequestParam(required = false) LocalDate lostOn, @RequestParam(required = false) List<ReasonCode> reasons,
                @RequestParam(required = false) ReasonCode primaryReason, @RequestParam(required = false) List<String> departmentsAtFault,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        return act(new Submission(user, id, "loss", model, redirect, request, response), "loss.recorded", () -> {
            List<RecordingLoss.Reason> given = new ArrayList<>();
            for (ReasonCode code : reasons == null ? List.<ReasonCode>of() : reasons) {
                given.add(new RecordingLoss.Reason(code, code == primaryReason,
                        code.namesDepartments() && departmentsAtFault != null ? departmentsAtFault : List.of()));
            }
            return recordingLoss.record(new RecordingLoss.Command(user, id, competitor, lostOn, given, note));
        });
    }

    @PostMapping("/customers/{id}/redemptions")
    String redeem(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String points,
                  @RequestParam(required = false) String reference, Model model, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        return act(new Submission(user, id, "redeem", model, redirect, request, response), "points.redeemed",
                () -> redeemingPoints.redeem(new RedeemingPoints.Command(user, id, NumberInput.wholeNumber("points", points), reference)));
    }

    @PostMapping("/customers/{id}/rewards")
    String reward(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String reward,
                  @RequestParam(required = false) LocalDate grantedOn, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "reward", model, redirect, request, response), "reward.granted",
                () -> grantingReward.grant(new GrantingReward.Command(user, id, reward, required("grantedOn", grantedOn), reason)));
    }

    @PostMapping("/customers/{id}/significance")
    String significance(CurrentUser user, @PathVariable String id, @RequestParam(required = false) Significance significance,
                        @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                        HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "significance", model, redirect, request, response), "significance.changed",
                () -> changingSignificance.change(new ChangingSignificance.Command(user, id, required("significance", significance),
                        reason)));
    }

    @PostMapping("/customers/{id}/club")
    String club(CurrentUser user, @PathVariable String id, @RequestParam boolean member, Model model, RedirectAttributes redirect,
                HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "club", model, redirect, request, response), member ? "club.joined" : "club.left",
                () -> changingClub.change(new ChangingClubMembership.Command(user, id, member)));
    }

    @ExceptionHandler(CustomerNotFound.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "customers/not-found";
    }

    /** One form sent from a customer's card. */
    private record Submission(CurrentUser user, String customerId, String form, Model model, RedirectAttributes redirect,
                              HttpServletRequest request, HttpServletResponse response) {
    }

    /** Runs an action; on success back to the card with a note, on refusal the card again with the reason in the form. */
    private String act(Submission sent, String doneMessage, Supplier<Customer> action) {
        try {
            Customer customer = action.get();
            sent.redirect().addFlashAttribute("done", doneMessage);
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | NotAllowed | CustomerAlreadyLost | ConcurrentChange refusal) {
            refused(refusal, sent.form(), sent.request(), sent.response(), sent.model());
            return card(sent.user(), sent.customerId(), sent.model());
        }
    }

    private void refused(RuntimeException refusal, String form, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(FormFailures.status(refusal));
        model.addAttribute("failure", failures.of(form, refusal, request));
    }

    private List<String> departmentCodes() {
        return departments.all().stream().map(code -> code.value()).sorted().toList();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "required", "Fill in this field");
        }
        return value;
    }
}
