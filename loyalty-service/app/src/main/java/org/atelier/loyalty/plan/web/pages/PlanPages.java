package org.atelier.loyalty.plan.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.Money;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormCheck;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.common.web.FormRefusal;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.customer.application.FindingCustomers;
import org.atelier.loyalty.plan.AnnualFigures;
import org.atelier.loyalty.plan.AnnualFiguresRepository;
import org.atelier.loyalty.plan.PlanPermissions;
import org.atelier.loyalty.plan.PlanVersusResults;
import org.atelier.loyalty.plan.PoolGateRule;
import org.atelier.loyalty.plan.ResultsRevision;
import org.atelier.loyalty.plan.application.RecordingAnnualFigures;
import org.atelier.loyalty.site.Page;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
import org.atelier.web.pages.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finance's page of annual plans and results, which the company-wide bonus depends on. Management reads it;
 * for everyone else it does not exist (404), as in the API.
 */
@Controller
@Page
class PlanPages {

    /** One year as the page shows it; the template formats amounts and counts in the reader's language. */
    record YearRow(int year, Money planRevenue, Money planMargin, Integer planLoyal, Integer planLoyalKey, Integer planHeadcount,
                   Money resultRevenue, Money resultMargin, Integer resultHeadcount) {

        static YearRow of(AnnualFigures figures) {
            return new YearRow(figures.year(),
                    figures.plan().map(plan -> plan.revenue()).orElse(null),
                    figures.plan().map(plan -> plan.margin()).orElse(null),
                    figures.plan().map(plan -> plan.loyalCustomers()).orElse(null),
                    figures.plan().map(plan -> plan.loyalKeyCustomers()).orElse(null),
                    figures.plan().map(plan -> plan.headcount()).orElse(null),
                    figures.results().map(results -> results.revenue()).orElse(null),
                    figures.results().map(results -> results.margin()).orElse(null),
                    figures.results().map(results -> results.headcount()).orElse(null));
        }
    }

    /**
     * One indicator of the year's plan beside its results, for the comparison table: the template formats the values
     * (money in the plan's currency, counts as numbers) and the difference with its sign.
     *
     * @param sign of the difference: 1, 0 or -1 (0 also when it is not known)
     */
    record IndicatorRow(PlanVersusResults.Name name, boolean money, Long plan, Long actual, Long differenceSize, int sign, Boolean reached) {

        static List<IndicatorRow> of(PlanVersusResults comparison) {
            return comparison.indicators().stream().map(indicator -> new IndicatorRow(indicator.name(),
                    indicator.name() == PlanVersusResults.Name.REVENUE || indicator.name() == PlanVersusResults.Name.MARGIN,
                    indicator.plan(), indicator.actual(), indicator.difference() == null ? null : Math.abs(indicator.difference()),
                    indicator.difference() == null ? 0 : Long.signum(indicator.difference()), indicator.reached())).toList();
        }
    }

    private final RecordingAnnualFigures recording;
    private final CompanyCalendar calendar;
    private final FormFailures failures;

    private final FindingCustomers finding;

    PlanPages(RecordingAnnualFigures recording, FindingCustomers finding, CompanyCalendar calendar, FormFailures failures) {
        this.finding = finding;
        this.recording = recording;
        this.failures = failures;
        this.calendar = calendar;
    }

    @GetMapping("/plans")
    String show(CurrentUser user, @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        if (!PlanPermissions.maySee(user)) {
            response.setStatus(404);
            return "plans/not-found";
        }
        List<AnnualFigures> all = recording.all(user);
        List<YearRow> years = all.stream().map(YearRow::of).toList();
        model.addAttribute("years", years);
        // The year compared, whose results the form would replace: the one asked for (or sent), else this one.
        int selected = selectedYear(year);
        model.addAttribute("selectedYear", selected);
        AnnualFigures figures = all.stream().filter(found -> found.year() == selected).findFirst().orElse(null);
        model.addAttribute("comparison", figures == null ? null : IndicatorRow.of(recording.comparison(user, selected)));
        model.addAttribute("currency", figures == null ? null : figures.plan().map(plan -> plan.revenue().currency()).orElse(null));
        model.addAttribute("selectedPlan", figures == null ? null : figures.plan().orElse(null));
        model.addAttribute("gateRules", PoolGateRule.values());
        model.addAttribute("revisions", figures == null ? List.of() : newestFirst(figures.revisions()));
        model.addAttribute("current", figures == null ? null : figures.currentRevision().orElse(null));
        model.addAttribute("mayRecord", PlanPermissions.mayRecord(user));
        model.addAttribute("thisYear", calendar.year());
        model.addAttribute("loyalNow", finding.loyalNow());
        return "plans/show";
    }

    @PostMapping("/plans/plan")
    String setPlan(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String currency,
                   @RequestParam(required = false) String revenue, @RequestParam(required = false) String margin,
                   @RequestParam(required = false) String loyalCustomers, @RequestParam(required = false) String loyalKeyCustomers,
                   @RequestParam(required = false) String headcount, @RequestParam(required = false) String gateRule,
                   @RequestParam(required = false) String marginGrowthShareBp, Model model, RedirectAttributes redirect,
                   HttpServletRequest request, HttpServletResponse response) {
        return act(user, "plan", "plan.set", model, redirect, request, response, () -> {
            FormCheck check = new FormCheck();
            String code = check.read(() -> currency(currency));
            Integer forYear = check.read(() -> count("year", year));
            Long revenueMinor = check.read(() -> NumberInput.minorUnits("revenueMinor", revenue, code == null ? "RUB" : code));
            Long marginMinor = check.read(() -> NumberInput.minorUnits("marginMinor", margin, code == null ? "RUB" : code));
            Integer loyal = check.read(() -> count("loyalCustomers", loyalCustomers));
            Integer loyalKey = check.read(() -> count("loyalKeyCustomers", loyalKeyCustomers));
            Integer people = check.read(() -> count("headcount", headcount));
            // Both are optional: left empty, the pool's defaults apply to the year.
            PoolGateRule rule = check.read(() -> FormInput.choice("gateRule", gateRule, PoolGateRule.class));
            Integer share = check.read(() -> marginGrowthShareBp == null || marginGrowthShareBp.isBlank() ? null
                    : count("marginGrowthShareBp", marginGrowthShareBp));
            check.done();
            return recording.setPlan(new RecordingAnnualFigures.PlanCommand(user, forYear, code, revenueMinor, marginMinor, loyal, loyalKey, people,
                    rule, share));
        });
    }

    @PostMapping("/plans/results")
    String recordResults(CurrentUser user, @RequestParam(required = false) String year, @RequestParam(required = false) String currency,
                         @RequestParam(required = false) String revenue, @RequestParam(required = false) String margin,
                         @RequestParam(required = false) String headcount, @RequestParam(required = false) String replacesRevision,
                         Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return act(user, "results", "results.recorded", model, redirect, request, response, () -> {
            FormCheck check = new FormCheck();
            String code = check.read(() -> currency(currency));
            Integer forYear = check.read(() -> count("year", year));
            Long revenueMinor = check.read(() -> NumberInput.minorUnits("revenueMinor", revenue, code == null ? "RUB" : code));
            Long marginMinor = check.read(() -> NumberInput.minorUnits("marginMinor", margin, code == null ? "RUB" : code));
            Integer people = check.read(() -> count("headcount", headcount));
            // Ticked, the box carries the revision the person saw; the domain refuses any other (ResultsAlreadyRecorded).
            Integer replaces = check.read(() -> replacesRevision == null || replacesRevision.isBlank() ? null
                    : count("replacesRevision", replacesRevision));
            check.done();
            return recording.recordResults(new RecordingAnnualFigures.ResultsCommand(user, forYear, code, revenueMinor, marginMinor, people,
                    replaces));
        });
    }

    private String act(CurrentUser user, String form, String done, Model model, RedirectAttributes redirect, HttpServletRequest request,
                       HttpServletResponse response, Supplier<AnnualFigures> action) {
        try {
            AnnualFigures saved = action.get();
            Flash.done(redirect, done, String.valueOf(saved.year()));
            return "redirect:/plans?year=" + saved.year();
        } catch (RuleViolation | FormRefusal | NotAllowed | AnnualFigures.PlanFrozen | AnnualFiguresRepository.ConcurrentFiguresChange refusal) {
            failures.showIn(model, form, refusal, request, response);
            return show(user, request.getParameter("year"), model, response);
        }
    }

    private static List<ResultsRevision> newestFirst(List<ResultsRevision> revisions) {
        List<ResultsRevision> newestFirst = new ArrayList<>(revisions);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** A year as typed in the address or a form; anything that is not one of the plans' years is this year. */
    private int selectedYear(String typed) {
        try {
            int year = NumberInput.intValue("year", typed == null ? "" : FormInput.text("year", typed, 4));
            return year >= AnnualFigures.FIRST_YEAR && year <= AnnualFigures.LAST_YEAR ? year : calendar.year();
        } catch (RuleViolation notAYear) {
            return calendar.year();
        }
    }

    /** A currency code is three letters; longer input is refused before it is looked up or echoed. */
    private static String currency(String typed) {
        return FormInput.text("currency", typed, 3);
    }

    private static int count(String field, String typed) {
        int value = NumberInput.intValue(field, typed);
        if (value < 0) {
            throw new RuleViolation(field, "wholeFromZero", "A whole number from 0");
        }
        return value;
    }
}
