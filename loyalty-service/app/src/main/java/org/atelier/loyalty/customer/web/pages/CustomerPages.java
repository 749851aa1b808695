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
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.site.Page;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerAlreadyLost;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerNotFound;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.SignificanceChange;
import org.atelier.loyalty.customer.application.ChangingClubMembership;
import org.atelier.loyalty.customer.application.ChangingSignificance;
import org.atelier.loyalty.customer.application.EditingProfile;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.customer.application.GrantingReward;
import org.atelier.loyalty.customer.application.RecordingLoss;
import org.atelier.loyalty.customer.application.RecordingPurchase;
import org.atelier.loyalty.customer.application.RedeemingPoints;
import org.atelier.loyalty.customer.application.RegisteringCustomer;
import org.atelier.loyalty.programme.PointsAccount;
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
    /** Room for a tax id typed with spaces; the domain reads the digits. */
    private static final int MAX_TAX_ID_TYPED = 30;
    private static final int MAX_CURRENCY_TYPED = 3;

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
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) String significance,
                @RequestParam(required = false) String status, @RequestParam(required = false) String loyal,
                @RequestParam(required = false) String manager, @RequestParam(required = false) String page, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        CustomerFilter filter;
        int safePage;
        try {
            filter = new CustomerFilter(text("q", q, CustomerFilter.MAX_NAME_PART), FormInput.choice("significance", significance, Significance.class),
                    FormInput.choice("status", status, CustomerStatus.class), text("manager", manager, CustomerProfile.MAX_TEXT),
                    FormInput.yesNo("loyal", loyal));
            safePage = page == null || page.isBlank() ? 0 : Math.max(0, Math.min(NumberInput.intValue("page", page), 100_000));
        } catch (RuleViolation refusal) {
            // A search that cannot be read shows no one, rather than everyone.
            refused(refusal, "search", request, response, model);
            filter = null;
            safePage = 0;
        }
        FindingCustomers.Page found = filter == null ? new FindingCustomers.Page(List.of(), 0, PAGE_SIZE, 0)
                : finding.page(filter, safePage, PAGE_SIZE);
        model.addAttribute("found", found);
        ProgrammeTerms programme = programmes.current().terms();
        LocalDate today = calendar.today();
        Map<CustomerId, PointsView> points = new HashMap<>();
        found.customers().forEach(customer -> points.put(customer.id(), PointsView.of(customer.pointsStanding(programme, today), programme)));
        model.addAttribute("points", points);
        model.addAttribute("q", filter == null ? null : filter.nameContains());
        model.addAttribute("significance", filter == null ? null : filter.significance());
        model.addAttribute("status", filter == null ? null : filter.status());
        model.addAttribute("loyal", filter == null ? null : filter.loyal());
        model.addAttribute("manager", filter == null ? null : filter.manager());
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
    String register(CurrentUser user, @RequestParam(required = false) String name, @RequestParam(required = false) String significance,
                    @RequestParam(required = false) String taxId, @RequestParam(required = false) String segment,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String department,
                    @RequestParam(required = false) String cooperationSince, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        try {
            Customer customer = registering.register(new RegisteringCustomer.Command(user, text("name", name, Customer.MAX_NAME_LENGTH),
                    required("significance", FormInput.choice("significance", significance, Significance.class)),
                    text("taxId", taxId, MAX_TAX_ID_TYPED), text("segment", segment, CustomerProfile.MAX_TEXT),
                    text("region", region, CustomerProfile.MAX_TEXT), user.username(), text("department", department, CustomerProfile.MAX_TEXT),
                    FormInput.date("cooperationSince", cooperationSince)));
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
                   @RequestParam(required = false) String department, @RequestParam(required = false) String cooperationSince,
                   Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "profile", model, redirect, request, response), "profile.saved",
                () -> editingProfile.edit(new EditingProfile.Command(user, id, text("name", name, Customer.MAX_NAME_LENGTH),
                        text("taxId", taxId, MAX_TAX_ID_TYPED), text("segment", segment, CustomerProfile.MAX_TEXT),
                        text("region", region, CustomerProfile.MAX_TEXT), text("accountManager", accountManager, CustomerProfile.MAX_TEXT),
                        text("department", department, CustomerProfile.MAX_TEXT), FormInput.date("cooperationSince", cooperationSince))));
    }

    @PostMapping("/customers/{id}/purchases")
    String purchase(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String currency, @RequestParam(required = false) String date,
                    @RequestParam(required = false) String contractReference, Model model, RedirectAttributes redirect,
                    HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "purchase", model, redirect, request, response), "purchase.recorded", () -> {
            String code = text("currency", currency, MAX_CURRENCY_TYPED);
            return recordingPurchase.record(new RecordingPurchase.Command(user, id, NumberInput.minorUnits(amount, code), code,
                    required("date", FormInput.date("date", date)), text("contractReference", contractReference, Purchase.MAX_REFERENCE_LENGTH)));
        });
    }

    @PostMapping("/customers/{id}/loss")
    String loss(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String competitor,
                @RequestParam(required = false) String lostOn, @RequestParam(required = false) List<String> reasons,
                @RequestParam(required = false) String primaryReason, @RequestParam(required = false) List<String> departmentsAtFault,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        return act(new Submission(user, id, "loss", model, redirect, request, response), "loss.recorded", () -> {
            String rival = text("competitor", competitor, Loss.MAX_COMPETITOR_LENGTH);
            LocalDate on = FormInput.date("lostOn", lostOn);
            ReasonCode primary = FormInput.choice("reasons", primaryReason, ReasonCode.class);
            List<String> atFault = FormInput.texts("departmentsAtFault", departmentsAtFault, CustomerProfile.MAX_TEXT);
            String why = text("note", note, Loss.MAX_NOTE_LENGTH);
            List<RecordingLoss.Reason> given = new ArrayList<>();
            for (ReasonCode code : FormInput.choices("reasons", reasons, ReasonCode.class)) {
                given.add(new RecordingLoss.Reason(code, code == primary,
                        code.namesDepartments() && atFault != null ? atFault : List.of()));
            }
            return recordingLoss.record(new RecordingLoss.Command(user, id, rival, on, given, why));
        });
    }

    @PostMapping("/customers/{id}/redemptions")
    String redeem(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String points,
                  @RequestParam(required = false) String reference, Model model, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        return act(new Submission(user, id, "redeem", model, redirect, request, response), "points.redeemed",
                () -> redeemingPoints.redeem(new RedeemingPoints.Command(user, id, NumberInput.wholeNumber("points", points),
                        text("reference", reference, PointsAccount.Redemption.MAX_REFERENCE_LENGTH))));
    }

    @PostMapping("/customers/{id}/rewards")
    String reward(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String reward,
                  @RequestParam(required = false) String grantedOn, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "reward", model, redirect, request, response), "reward.granted",
                () -> grantingReward.grant(new GrantingReward.Command(user, id, text("reward", reward, Reward.MAX_WHAT_LENGTH),
                        required("grantedOn", FormInput.date("grantedOn", grantedOn)), text("reason", reason, Reward.MAX_WHY_LENGTH))));
    }

    @PostMapping("/customers/{id}/significance")
    String significance(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String significance,
                        @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                        HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "significance", model, redirect, request, response), "significance.changed",
                () -> changingSignificance.change(new ChangingSignificance.Command(user, id,
                        required("significance", FormInput.choice("significance", significance, Significance.class)),
                        text("reason", reason, SignificanceChange.MAX_REASON))));
    }

    @PostMapping("/customers/{id}/club")
    String club(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String member, Model model,
                RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(new Submission(user, id, "club", model, redirect, request, response), "true".equals(member) ? "club.joined" : "club.left",
                () -> changingClub.change(new ChangingClubMembership.Command(user, id, required("member", FormInput.yesNo("member", member)))));
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

    private static String text(String field, String typed, int maxLength) {
        return FormInput.text(field, typed, maxLength);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "required", "Fill in this field");
        }
        return value;
    }
}
