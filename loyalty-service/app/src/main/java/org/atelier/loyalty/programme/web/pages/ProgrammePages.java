package org.atelier.loyalty.programme.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormCheck;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.common.web.FormRefusal;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.ProgrammeChangedMeanwhile;
import org.atelier.loyalty.programme.ProgrammePermissions;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.application.RevisingProgramme;
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

/** The loyalty programme's page: everyone reads the terms, marketing revises them. */
@Controller
@Page
class ProgrammePages {

    static final String FORM = "programme";

    /** Rows of the tier table in the form, so a new tier can be added without scripts. */
    record TierRow(String name, String thresholdPoints, String discountPercent) {
    }

    private final RevisingProgramme revising;
    private final FormFailures failures;
    /** When the programme was revised is shown on the company's clock: what its staff read as the time. */
    private final ZoneId zone;

    ProgrammePages(RevisingProgramme revising, FormFailures failures, CompanyCalendar calendar) {
        this.revising = revising;
        this.failures = failures;
        this.zone = calendar.zone();
    }

    @GetMapping("/programme")
    String show(CurrentUser user, Model model) {
        LoyaltyProgramme programme = revising.current();
        ProgrammeTerms terms = programme.terms();
        String currency = terms.currency().getCurrencyCode();
        model.addAttribute("programme", programme);
        model.addAttribute("terms", terms);
        model.addAttribute("accrualStep", NumberInput.typed(terms.accrualStepMinorUnits(), currency));
        model.addAttribute("pointValue", NumberInput.typed(terms.pointValueMinorUnits(), currency));
        model.addAttribute("mayRevise", ProgrammePermissions.mayRevise(user));
        model.addAttribute("zone", zone);
        if (!model.containsAttribute("rows")) {
            List<TierRow> rows = new ArrayList<>(terms.tiers().stream().map(tier -> new TierRow(tier.name(),
                    String.valueOf(tier.thresholdPoints()), String.valueOf(tier.discountPercent()))).toList());
            while (rows.size() < ProgrammeTerms.MAX_TIERS && rows.size() < terms.tiers().size() + 2) {
                rows.add(new TierRow("", "", ""));
            }
            model.addAttribute("rows", rows);
        }
        return "programme/show";
    }

    @PostMapping("/programme")
    String revise(CurrentUser user, @RequestParam(required = false) String currency, @RequestParam(required = false) String accrualPoints,
                  @RequestParam(required = false) String accrualStep, @RequestParam(required = false) String pointValue,
                  @RequestParam(required = false) String pointsExpireAfterMonths, @RequestParam(required = false) String tierWindowMonths,
                  @RequestParam(required = false) List<String> tierName, @RequestParam(required = false) List<String> tierThreshold,
                  @RequestParam(required = false) List<String> tierDiscount, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response) {
        List<TierRow> rows = List.of();
        try {
            rows = rows(FormInput.texts("tiers", tierName, DiscountTier.MAX_NAME_LENGTH),
                    FormInput.texts("tiers", tierThreshold, NumberInput.MAX_TYPED_LENGTH),
                    FormInput.texts("tiers", tierDiscount, NumberInput.MAX_TYPED_LENGTH));
            FormCheck check = new FormCheck();
            String code = check.read(() -> FormInput.text("currency", currency, 3));
            String amountsIn = code == null ? "RUB" : code;
            List<RevisingProgramme.Tier> tiers = new ArrayList<>();
            for (TierRow row : rows) {
                if (!(row.name().isBlank() && row.thresholdPoints().isBlank() && row.discountPercent().isBlank())) {
                    Long threshold = check.read(() -> NumberInput.wholeNumber("tiers", row.thresholdPoints()));
                    Integer discount = check.read(() -> NumberInput.intValue("tiers", row.discountPercent()));
                    if (threshold != null && discount != null) {
                        tiers.add(new RevisingProgramme.Tier(row.name(), threshold, discount));
                    }
                }
            }
            Integer points = check.read(() -> NumberInput.intValue("accrualPoints", accrualPoints));
            Long step = check.read(() -> NumberInput.minorUnits("accrualStepMinorUnits", accrualStep, amountsIn));
            Long value = check.read(() -> NumberInput.minorUnits("pointValueMinorUnits", pointValue, amountsIn));
            Integer expiry = check.read(() -> NumberInput.intValue("pointsExpireAfterMonths", pointsExpireAfterMonths));
            Integer window = check.read(() -> NumberInput.intValue("tierWindowMonths", tierWindowMonths));
            check.done();
            revising.revise(new RevisingProgramme.Command(user, code, points, step, value, expiry, window, tiers));
            Flash.done(redirect, "programme.revised");
            return "redirect:/programme";
        } catch (RuleViolation | FormRefusal | NotAllowed | ProgrammeChangedMeanwhile refusal) {
            failures.showIn(model, FORM, refusal, request, response);
            if (!rows.isEmpty()) {
                model.addAttribute("rows", rows);
            }
            return show(user, model);
        }
    }

    private static List<TierRow> rows(List<String> names, List<String> thresholds, List<String> discounts) {
        int count = Math.min(ProgrammeTerms.MAX_TIERS + 2, Math.max(size(names), Math.max(size(thresholds), size(discounts))));
        List<TierRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new TierRow(at(names, i), at(thresholds, i), at(discounts, i)));
        }
        return rows;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() || values.get(index) == null ? "" : values.get(index).strip();
    }
}
