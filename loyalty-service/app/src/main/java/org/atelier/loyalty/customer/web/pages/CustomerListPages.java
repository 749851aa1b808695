package org.atelier.loyalty.customer.web.pages;

import static org.atelier.loyalty.common.web.FormInput.required;
import static org.atelier.loyalty.common.web.FormInput.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormCheck;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.common.web.FormRefusal;
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerFilter;
import org.atelier.loyalty.customer.CustomerId;
import org.atelier.loyalty.customer.CustomerPermissions;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.CustomerSort;
import org.atelier.loyalty.customer.CustomerStatus;
import org.atelier.loyalty.customer.PossibleDuplicateName;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.TaxIdTaken;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.customer.application.RegisteringCustomer;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.Programmes;
import org.atelier.loyalty.site.Page;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.web.pages.Paging;
import org.atelier.web.pages.Sorting;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sales' and marketing's way in: the customer list with its search and filters, and the form for a new customer.
 * Every field is read as text and bounded before anything parses it; a refusal is shown inside its form.
 */
@Controller
@Page
class CustomerListPages {

    private static final int PAGE_SIZE = 20;
    /** The columns the list sorts by, as the domain names them ({@link CustomerSort}). */
    private static final Set<String> SORTABLE = Arrays.stream(CustomerSort.Field.values()).map(CustomerSort.Field::parameter)
            .collect(Collectors.toUnmodifiableSet());

    private final FindingCustomers finding;
    private final RegisteringCustomer registering;
    private final Programmes programmes;
    private final CompanyCalendar calendar;
    private final CustomerCard card;
    private final FormFailures failures;

    CustomerListPages(FindingCustomers finding, RegisteringCustomer registering, Programmes programmes, CompanyCalendar calendar,
                      CustomerCard card, FormFailures failures) {
        this.finding = finding;
        this.registering = registering;
        this.programmes = programmes;
        this.calendar = calendar;
        this.card = card;
        this.failures = failures;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/customers";
    }

    @GetMapping("/customers")
    String list(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) String significance,
                @RequestParam(required = false) String status, @RequestParam(required = false) String loyal,
                @RequestParam(required = false) String manager, @RequestParam(required = false) String page,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        CustomerFilter filter;
        int safePage;
        Sorting sorting = Sorting.of(sort, dir, SORTABLE, CustomerSort.Field.NAME.parameter());
        CustomerSort order = CustomerSort.parse((sorting.ascending() ? "" : "-") + sorting.column());
        if (sort != null && !sort.isBlank() && !SORTABLE.contains(sort)) {
            // Only the columns offered: a hand-typed one is told, and the list shown by name.
            failures.showIn(model, "search", new RuleViolation("sort", "notASortField", "Sort by one of the columns offered"), request, response);
        }
        try {
            filter = new CustomerFilter(text("q", q, CustomerFilter.MAX_NAME_PART), FormInput.choice("significance", significance, Significance.class),
                    FormInput.choice("status", status, CustomerStatus.class), text("manager", manager, CustomerProfile.MAX_TEXT),
                    FormInput.yesNo("loyal", loyal));
            safePage = page == null || page.isBlank() ? 0 : Math.max(0, Math.min(NumberInput.intValue("page", page), 100_000));
        } catch (RuleViolation refusal) {
            // A search that cannot be read shows no one, rather than everyone.
            failures.showIn(model, "search", refusal, request, response);
            filter = null;
            safePage = 0;
        }
        FindingCustomers.Page found = filter == null ? new FindingCustomers.Page(List.of(), 0, PAGE_SIZE, 0)
                : finding.page(filter, order, safePage, PAGE_SIZE);
        model.addAttribute("found", found);
        ProgrammeTerms programme = programmes.current().terms();
        LocalDate today = calendar.today();
        Map<CustomerId, PointsView> points = new HashMap<>();
        found.customers().forEach(customer -> points.put(customer.id(), PointsView.of(customer.pointsStanding(programme, today), programme)));
        model.addAttribute("points", points);
        Map<CustomerId, LocalDate> registered = new HashMap<>();
        found.customers().forEach(customer -> registered.put(customer.id(), calendar.dateOf(customer.registeredAt())));
        model.addAttribute("registered", registered);
        model.addAttribute("q", filter == null ? null : filter.nameContains());
        model.addAttribute("significance", filter == null ? null : filter.significance());
        model.addAttribute("status", filter == null ? null : filter.status());
        model.addAttribute("loyal", filter == null ? null : filter.loyal());
        model.addAttribute("manager", filter == null ? null : filter.manager());
        model.addAttribute("paging", Paging.of(safePage, PAGE_SIZE, found.total()));
        model.addAttribute("sorting", sorting);
        model.addAttribute("mayManage", CustomerPermissions.mayManageCustomers(user));
        model.addAttribute("significances", Significance.values());
        model.addAttribute("statuses", CustomerStatus.values());
        return "customers/list";
    }

    /** Offered only to those who may register customers; anyone else is told so, not shown a form that would refuse. */
    @GetMapping("/customers/new")
    String newCustomer(CurrentUser user, Model model, HttpServletResponse response) {
        boolean mayManage = CustomerPermissions.mayManageCustomers(user);
        if (!mayManage) {
            response.setStatus(403);
        }
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("departments", card.departmentChoices());
        model.addAttribute("significances", Significance.values());
        return "customers/new";
    }

    @PostMapping("/customers")
    String register(CurrentUser user, @RequestParam(required = false) String name, @RequestParam(required = false) String significance,
                    @RequestParam(required = false) String taxId, @RequestParam(required = false) String segment,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String department,
                    @RequestParam(required = false) String cooperationSince, @RequestParam(required = false) String acknowledgeDuplicateName,
                    Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            FormCheck check = new FormCheck();
            String newName = check.read(() -> text("name", name, Customer.MAX_NAME_LENGTH));
            check.require(newName, "name", "nameRequired", "A customer needs a name");
            Significance chosen = check.read(() -> required("significance", FormInput.choice("significance", significance, Significance.class)));
            String inn = check.read(() -> text("taxId", taxId, CustomerRelationshipPages.MAX_TAX_ID_TYPED));
            String inSegment = check.read(() -> text("segment", segment, CustomerProfile.MAX_TEXT));
            String inRegion = check.read(() -> text("region", region, CustomerProfile.MAX_TEXT));
            String managedBy = check.read(() -> text("department", department, CustomerProfile.MAX_TEXT));
            LocalDate since = check.read(() -> FormInput.date("cooperationSince", cooperationSince));
            Boolean anyway = check.read(() -> FormInput.yesNo("acknowledgeDuplicateName", acknowledgeDuplicateName));
            check.done();
            Customer customer = registering.register(new RegisteringCustomer.Command(user, newName, chosen, inn, inSegment, inRegion,
                    user.username(), managedBy, since, Boolean.TRUE.equals(anyway)));
            return "redirect:/customers/" + customer.id();
        } catch (RuleViolation | FormRefusal | NotAllowed refusal) {
            failures.showIn(model, "register", refusal, request, response);
            // What the person needs to decide: the customers that already have the name (it may be another company of
            // the same name, registered anyway), or the one that has the tax id (refused: a tax id names one company).
            if (refusal instanceof PossibleDuplicateName duplicate) {
                model.addAttribute("duplicates", duplicate.matches());
            }
            if (refusal instanceof TaxIdTaken taken && taken.holder() != null) {
                model.addAttribute("taxIdHolder", taken.holder());
            }
            return newCustomer(user, model, response);
        }
    }
}
