package org.atelier.loyalty.customer.web.pages;

import static org.atelier.loyalty.common.web.FormInput.required;
import static org.atelier.loyalty.common.web.FormInput.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.customer.Customer;
import org.atelier.loyalty.customer.CustomerProfile;
import org.atelier.loyalty.customer.Loss;
import org.atelier.loyalty.customer.ReasonCode;
import org.atelier.loyalty.customer.Significance;
import org.atelier.loyalty.customer.SignificanceChange;
import org.atelier.loyalty.customer.application.ChangingClubMembership;
import org.atelier.loyalty.customer.application.ChangingSignificance;
import org.atelier.loyalty.customer.application.EditingProfile;
import org.atelier.loyalty.customer.application.RecordingLoss;
import org.atelier.loyalty.site.Page;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The card's forms about the relationship with the customer: its profile, its loss, its significance, the club. */
@Controller
@Page
class CustomerRelationshipPages {

    /** Room for a tax id typed with spaces; the domain reads the digits. */
    static final int MAX_TAX_ID_TYPED = 30;

    private final EditingProfile editingProfile;
    private final RecordingLoss recordingLoss;
    private final ChangingSignificance changingSignificance;
    private final ChangingClubMembership changingClub;
    private final CustomerCard card;

    CustomerRelationshipPages(EditingProfile editingProfile, RecordingLoss recordingLoss, ChangingSignificance changingSignificance,
                              ChangingClubMembership changingClub, CustomerCard card) {
        this.editingProfile = editingProfile;
        this.recordingLoss = recordingLoss;
        this.changingSignificance = changingSignificance;
        this.changingClub = changingClub;
        this.card = card;
    }

    @PostMapping("/customers/{id}/profile")
    String profile(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String taxId, @RequestParam(required = false) String segment,
                   @RequestParam(required = false) String region, @RequestParam(required = false) String accountManager,
                   @RequestParam(required = false) String department, @RequestParam(required = false) String cooperationSince,
                   Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "profile", model, redirect, request, response), "profile.saved",
                () -> editingProfile.edit(new EditingProfile.Command(user, id, text("name", name, Customer.MAX_NAME_LENGTH),
                        text("taxId", taxId, MAX_TAX_ID_TYPED), text("segment", segment, CustomerProfile.MAX_TEXT),
                        text("region", region, CustomerProfile.MAX_TEXT), text("accountManager", accountManager, CustomerProfile.MAX_TEXT),
                        text("department", department, CustomerProfile.MAX_TEXT), FormInput.date("cooperationSince", cooperationSince))));
    }

    @PostMapping("/customers/{id}/loss")
    String loss(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String competitor,
                @RequestParam(required = false) String lostOn, @RequestParam(required = false) List<String> reasons,
                @RequestParam(required = false) String primaryReason, @RequestParam(required = false) List<String> departmentsAtFault,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "loss", model, redirect, request, response), "loss.recorded", () -> {
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

    @PostMapping("/customers/{id}/significance")
    String significance(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String significance,
                        @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                        HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "significance", model, redirect, request, response), "significance.changed",
                () -> changingSignificance.change(new ChangingSignificance.Command(user, id,
                        required("significance", FormInput.choice("significance", significance, Significance.class)),
                        text("reason", reason, SignificanceChange.MAX_REASON))));
    }

    @PostMapping("/customers/{id}/club")
    String club(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String member, Model model,
                RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "club", model, redirect, request, response),
                "true".equals(member) ? "club.joined" : "club.left",
                () -> changingClub.change(new ChangingClubMembership.Command(user, id, required("member", FormInput.yesNo("member", member)))));
    }
}
