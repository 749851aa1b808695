package org.atelier.loyalty.customer.web.pages;

import static org.atelier.loyalty.common.web.FormInput.required;
import static org.atelier.loyalty.common.web.FormInput.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.atelier.loyalty.common.web.FormCheck;
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
        return card.act(new CardSubmission(user, id, "profile", model, redirect, request, response), "profile.saved", () -> {
            FormCheck check = new FormCheck();
            String newName = check.read(() -> text("name", name, Customer.MAX_NAME_LENGTH));
            check.require(newName, "name", "nameRequired", "A customer needs a name");
            String inn = check.read(() -> text("taxId", taxId, MAX_TAX_ID_TYPED));
            String inSegment = check.read(() -> text("segment", segment, CustomerProfile.MAX_TEXT));
            String inRegion = check.read(() -> text("region", region, CustomerProfile.MAX_TEXT));
            String manager = check.read(() -> text("accountManager", accountManager, CustomerProfile.MAX_TEXT));
            String managedBy = check.read(() -> text("department", department, CustomerProfile.MAX_TEXT));
            LocalDate since = check.read(() -> FormInput.date("cooperationSince", cooperationSince));
            check.done();
            return editingProfile.edit(new EditingProfile.Command(user, id, newName, inn, inSegment, inRegion, manager, managedBy, since));
        });
    }

    @PostMapping("/customers/{id}/loss")
    String loss(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String competitor,
                @RequestParam(required = false) String lostOn, @RequestParam(required = false) List<String> reasons,
                @RequestParam(required = false) String primaryReason, @RequestParam(required = false) List<String> departmentsAtFault,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletRequest request,
                HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "loss", model, redirect, request, response), "loss.recorded", () -> {
            FormCheck check = new FormCheck();
            String rival = check.read(() -> text("competitor", competitor, Loss.MAX_COMPETITOR_LENGTH));
            check.require(rival, "competitor", "competitorRequired", "Name the competitor the customer left for");
            LocalDate on = check.read(() -> FormInput.date("lostOn", lostOn));
            List<ReasonCode> codes = check.read(() -> FormInput.choices("reasons", reasons, ReasonCode.class));
            check.require(codes, "reasons", "reasonRequired", "Give at least one reason");
            ReasonCode primary = check.read(() -> FormInput.choice("primaryReason", primaryReason, ReasonCode.class));
            check.require(primary, "primaryReason", "primaryRequired", "Choose the primary reason");
            List<String> atFault = check.read(() -> FormInput.texts("departmentsAtFault", departmentsAtFault, CustomerProfile.MAX_TEXT));
            List<String> departments = atFault == null ? List.of() : atFault.stream().filter(code -> !code.isBlank()).toList();
            boolean staff = codes != null && codes.stream().anyMatch(ReasonCode::namesDepartments);
            // The departments belong to the staff-attitude reason: ticked without it they would be dropped, without
            // them the reason is incomplete. Either way the department boxes are what to correct.
            if (!staff && !departments.isEmpty()) {
                check.refuse("departmentsAtFault", "departmentsOnlyWithStaff", "Departments at fault are named only with the staff-attitude reason");
            }
            if (staff && departments.isEmpty()) {
                check.refuse("departmentsAtFault", "staffNeedsDepartment", "A staff-attitude reason must name the department(s) at fault");
            }
            String why = check.read(() -> text("note", note, Loss.MAX_NOTE_LENGTH));
            check.done();
            List<RecordingLoss.Reason> given = new ArrayList<>();
            for (ReasonCode code : codes) {
                given.add(new RecordingLoss.Reason(code, code == primary, code.namesDepartments() ? departments : List.of()));
            }
            return recordingLoss.record(new RecordingLoss.Command(user, id, rival, on, given, why));
        });
    }

    @PostMapping("/customers/{id}/significance")
    String significance(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String significance,
                        @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                        HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "significance", model, redirect, request, response), "significance.changed", () -> {
            FormCheck check = new FormCheck();
            Significance to = check.read(() -> required("significance", FormInput.choice("significance", significance, Significance.class)));
            String why = check.read(() -> text("reason", reason, SignificanceChange.MAX_REASON));
            check.require(why, "reason", "significanceReasonRequired", "Say why the significance changes");
            check.done();
            return changingSignificance.change(new ChangingSignificance.Command(user, id, to, why));
        });
    }

    @PostMapping("/customers/{id}/club")
    String club(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String member, Model model,
                RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "club", model, redirect, request, response),
                "true".equals(member) ? "club.joined" : "club.left",
                () -> changingClub.change(new ChangingClubMembership.Command(user, id, required("member", FormInput.yesNo("member", member)))));
    }
}
