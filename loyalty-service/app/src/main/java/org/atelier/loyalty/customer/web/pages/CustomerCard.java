package org.atelier.loyalty.customer.web.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.customer.ConcurrentChange;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerAlreadyLost;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.KnownDepartments;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
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
    private final KnownDepartments departments;
    private final CompanyCalendar calendar;
    private final FormFailures failures;

    CustomerCard(FindingCustomers finding, Programmes programmes, KnownDepartments departments, CompanyCalendar calendar,
                 FormFailures failures) {
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
        model.addAttribute("timeline", CustomerTimeline.of(customer, calendar));
        model.addAttribute("points", PointsView.of(customer.pointsStanding(programme, today), programme));
        model.addAttribute("reasons", ReasonCode.values());
        model.addAttribute("departments", departmentCodes());
        model.addAttribute("mayManage", CustomerPermissions.mayManageCustomers(user));
        model.addAttribute("today", today);
        return VIEW;
    }

    /** Runs a form's action: on success back to the card with a note, on refusal the card again with the reason in the form. */
    String act(CardSubmission sent, String doneMessage, Supplier<Customer> action) {
        try {
            Customer customer = action.get();
            sent.redirect().addFlashAttribute("done", doneMessage);
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | NotAllowed | CustomerAlreadyLost | ConcurrentChange refusal) {
            failures.showIn(sent.model(), sent.form(), refusal, sent.request(), sent.response());
            return show(sent.user(), sent.customerId(), sent.model());
        }
    }

    /** The departments a form offers, by code. */
    List<String> departmentCodes() {
        return departments.all().stream().map(code -> code.value()).sorted().toList();
    }
}
