package org.atelier.loyalty.programme.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.loyalty.common.RuleViolation;
import org.atelier.loyalty.common.web.FormFailures;
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.site.Page;
import org.atelier.loyalty.programme.DiscountTier;
import org.atelier.loyalty.programme.LoyaltyProgramme;
import org.atelier.loyalty.programme.ProgrammeChangedMeanwhile;
import org.atelier.loyalty.programme.ProgrammePermissions;
import org.atelier.loyalty.programme.ProgrammeTerms;
import org.atelier.loyalty.programme.application.RevisingProgramme;
import org.atelier.security.CurrentUser;
import org.atelier.security.NotAllowed;
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
    /** When the programme was revised, on the company's clock: what its staff read as the time. */
    private final DateTimeFormatter revisedAtFormat;

    ProgrammePages(RevisingProgramme revising, FormFailures failures, CompanyCalendar calendar) {
        this.revising = revising;
        this.failures = failures;
        this.revisedAtFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(calendar.zone());
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
        model.addAttribute("revisedAt", programme.revisedAt() == null ? null
                : revisedAtFormat.format(programme.revisedAt()));
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
            String code = FormInput.text("currency", currency, 3);
            List<RevisingProgramme.Tier> tiers = new ArrayList<>();
            for (TierRow row : rows) {
                if (!(row.name().isBlank() && row.thresholdPoints().isBlank() && row.discountPercent().isBlank())) {
                    tiers.add(new RevisingProgramme.Tier(row.name(), NumberInput.wholeNumber("tiers", row.thresholdPoints()),
                            NumberInput.intValue("tiers", row.discountPercent())));
                }
            }
            revising.revise(new RevisingProgramme.Command(user, code,
                    NumberInput.intValue("accrualPoints", accrualPoints),
                    NumberInput.minorUnits("accrualStepMinorUnits", accrualStep, code),
                    NumberInput.minorUnits("pointValueMinorUnits", pointValue, code),
                    NumberInput.intValue("pointsExpireAfterMonths", pointsExpireAfterMonths),
                    NumberInput.intValue("tierWindowMonths", tierWindowMonths), tiers));
            redirect.addFlashAttribute("done", "programme.revised");
            return "redirect:/programme";
        } catch (RuleViolation | NotAllowed | ProgrammeChangedMeanwhile refusal) {
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
