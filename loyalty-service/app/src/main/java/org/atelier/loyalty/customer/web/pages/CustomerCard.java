package org.atelier.loyalty.customer.web.pages;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.common.web.FormRefusal;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerAlreadyLost;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.web.pages.Flash;
import org.atelier.web.pages.Formats;
import org.atelier.web.pages.RefusedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The customer card: what it shows, and how each of its forms is answered. Shared by the controllers of the
 * card's forms, since a refused form shows the whole card again with the reason inside that form.
 */
@Component
class CustomerCard {

    static final String VIEW = "customers/card";

    private final FindingCustomers finding;
    private final Programmes programmes;
    private final DepartmentNames departments;
    private final CompanyCalendar calendar;
    private final FormFailures failures;
    private final MessageSource messages;

    CustomerCard(FindingCustomers finding, Programmes programmes, DepartmentNames departments, CompanyCalendar calendar,
                 FormFailures failures, MessageSource messages) {
        this.messages = messages;
        this.finding = finding;
        this.programmes = programmes;
        this.departments = departments;
        this.calendar = calendar;
        this.failures = failures;
    }

    /** Fills the model with the card of one customer; returns its view. */
    String show(CurrentUser user, String id, Model model) {
        Customer customer = finding.byId(id);
        ProgrammeTerms programme = programmes.current().terms();
        LocalDate today = calendar.today();
        model.addAttribute("customer", customer);
        model.addAttribute("timeline", CustomerTimeline.of(customer, calendar, new Formats(LocaleContextHolder.getLocale(), messages),
                departments::name));
        model.addAttribute("points", PointsView.of(customer.pointsStanding(programme, today), programme));
        model.addAttribute("reasons", ReasonCode.values());
        model.addAttribute("departments", departments.inForce());
        model.addAttribute("profileDepartments", departments.forProfile(customer.profile().department()));
        boolean mayManage = CustomerPermissions.mayManageCustomers(user);
        boolean lost = customer.status() == CustomerStatus.LOST;
        // Only what the reader may do is offered; the use cases check it again.
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("mayChangeSignificance", mayChangeSignificance(user));
        model.addAttribute("mayChangeClub", mayManage && (customer.isClubMember() || !lost));
        model.addAttribute("maySpend", mayManage && !lost && model.getAttribute("points") instanceof PointsView points && points.spendable() > 0);
        model.addAttribute("mayRecordLoss", mayManage && !lost);
        boolean mayCorrect = CustomerPermissions.mayCorrectRecords(user);
        List<PurchaseRow> purchases = PurchaseRow.of(customer);
        model.addAttribute("mayCorrect", mayCorrect);
        model.addAttribute("mayWithdrawLoss", mayCorrect && lost);
        model.addAttribute("purchases", purchases);
        model.addAttribute("refusedAtTop", model.getAttribute("failure") instanceof RefusedForm failure
                && !formsShown(model, purchases).contains(failure.form()));
        model.addAttribute("today", today);
        return VIEW;
    }

    /** Runs a form's action: on success back to the card with a note, on refusal the card again with the reason in the form. */
    String act(CardSubmission sent, String doneMessage, Supplier<Customer> action) {
        try {
            Customer customer = action.get();
            Flash.done(sent.redirect(), doneMessage);
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | FormRefusal | NotAllowed | CustomerAlreadyLost | ConcurrentChange refusal) {
            failures.showIn(sent.model(), sent.form(), refusal, sent.request(), sent.response());
            return show(sent.user(), sent.customerId(), sent.model());
        }
    }

    /**
     * The forms the card shows, by name: a refusal from any other (the club's button, a form its sender may not use,
     * a purchase reversed meanwhile) is told at the top of the card, since there is no form to show it in.
     */
    private static Set<String> formsShown(Model model, List<PurchaseRow> purchases) {
        Set<String> shown = new HashSet<>();
        if (Boolean.TRUE.equals(model.getAttribute("mayManage"))) {
            shown.addAll(List.of("profile", "purchase", "reward"));
        }
        Map.of("maySpend", "redeem", "mayRecordLoss", "loss", "mayChangeSignificance", "significance", "mayWithdrawLoss", "withdraw-loss")
                .forEach((flag, form) -> {
                    if (Boolean.TRUE.equals(model.getAttribute(flag))) {
                        shown.add(form);
                    }
                });
        if (Boolean.TRUE.equals(model.getAttribute("mayCorrect"))) {
            purchases.stream().filter(row -> !row.reversed()).map(PurchaseRow::form).forEach(shown::add);
        }
        return shown;
    }

    /** Whether the significance form is offered: {@link CustomerPermissions} says so only by refusing. */
    static boolean mayChangeSignificance(CurrentUser user) {
        try {
            CustomerPermissions.checkMayChangeSignificance(user);
            return true;
        } catch (NotAllowed notAllowed) {
            return false;
        }
    }

    /** The departments a form for a new record offers: those in force, by name in the reader's language. */
    List<DepartmentNames.Choice> departmentChoices() {
        return departments.inForce();
    }
}
