package org.atelier.loyalty.customer.web.pages;

import static org.atelier.loyalty.common.web.FormInput.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.atelier.loyalty.common.web.FormCheck;
import org.atelier.loyalty.customer.PurchaseReversal;
import org.atelier.loyalty.customer.WithdrawnLoss;
import org.atelier.loyalty.customer.application.CorrectingRecords;
import org.atelier.loyalty.site.Page;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The card's corrections of a mistaken record, offered to those who may make them (heads of sales and marketing):
 * a purchase reversed, a loss withdrawn, each with the reason it was a mistake. The use case checks the permission
 * again, so a forged post is refused on the card.
 */
@Controller
@Page
class CustomerCorrectionPages {

    private final CorrectingRecords correcting;
    private final CustomerCard card;

    CustomerCorrectionPages(CorrectingRecords correcting, CustomerCard card) {
        this.correcting = correcting;
        this.card = card;
    }

    @PostMapping("/customers/{id}/purchases/{purchaseId}/reversal")
    String reversePurchase(CurrentUser user, @PathVariable String id, @PathVariable String purchaseId,
                           @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                           HttpServletRequest request, HttpServletResponse response) {
        // The form is named by its purchase, so the reason is shown in that row's form.
        String form = "reverse-" + purchaseId;
        return card.act(new CardSubmission(user, id, form, model, redirect, request, response), "purchase.reversed", () -> {
            String why = reason(reason, PurchaseReversal.MAX_REASON_LENGTH);
            return correcting.reversePurchase(new CorrectingRecords.ReversePurchase(user, id, purchaseId, why));
        });
    }

    @PostMapping("/customers/{id}/loss/withdrawal")
    String withdrawLoss(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String reason, Model model,
                        RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "withdraw-loss", model, redirect, request, response), "loss.withdrawn", () -> {
            String why = reason(reason, WithdrawnLoss.MAX_REASON_LENGTH);
            return correcting.withdrawLoss(new CorrectingRecords.WithdrawLoss(user, id, why));
        });
    }

    /** Bounded before the domain sees it; an empty reason is the domain's to refuse (correctionReasonRequired). */
    private static String reason(String typed, int maxLength) {
        FormCheck check = new FormCheck();
        String why = check.read(() -> text("reason", typed, maxLength));
        check.done();
        return why;
    }
}
