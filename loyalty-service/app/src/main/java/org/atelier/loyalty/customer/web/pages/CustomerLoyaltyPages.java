package org.atelier.loyalty.customer.web.pages;

import static org.atelier.loyalty.common.web.FormInput.required;
import static org.atelier.loyalty.common.web.FormInput.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.atelier.loyalty.common.web.FormCheck;
import org.atelier.loyalty.common.web.FormInput;
import org.atelier.loyalty.common.web.NumberInput;
import org.atelier.loyalty.customer.Purchase;
import org.atelier.loyalty.customer.Reward;
import org.atelier.loyalty.customer.application.GrantingReward;
import org.atelier.loyalty.customer.application.RecordingPurchase;
import org.atelier.loyalty.customer.application.RedeemingPoints;
import org.atelier.loyalty.programme.PointsAccount;
import org.atelier.loyalty.site.Page;
import org.atelier.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The card's forms about what the customer buys and earns: purchases, spending points, rewards. */
@Controller
@Page
class CustomerLoyaltyPages {

    private static final int MAX_CURRENCY_TYPED = 3;

    private final RecordingPurchase recordingPurchase;
    private final RedeemingPoints redeemingPoints;
    private final GrantingReward grantingReward;
    private final CustomerCard card;

    CustomerLoyaltyPages(RecordingPurchase recordingPurchase, RedeemingPoints redeemingPoints, GrantingReward grantingReward,
                         CustomerCard card) {
        this.recordingPurchase = recordingPurchase;
        this.redeemingPoints = redeemingPoints;
        this.grantingReward = grantingReward;
        this.card = card;
    }

    @PostMapping("/customers/{id}/purchases")
    String purchase(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String amount,
                    @RequestParam(required = false) String currency, @RequestParam(required = false) String date,
                    @RequestParam(required = false) String contractReference, Model model, RedirectAttributes redirect,
                    HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "purchase", model, redirect, request, response), "purchase.recorded", () -> {
            FormCheck check = new FormCheck();
            String code = check.read(() -> text("currency", currency, MAX_CURRENCY_TYPED));
            Long minor = check.read(() -> NumberInput.minorUnits(amount, code == null || code.isBlank() ? "RUB" : code));
            LocalDate on = check.read(() -> required("date", FormInput.date("date", date)));
            String contract = check.read(() -> text("contractReference", contractReference, Purchase.MAX_REFERENCE_LENGTH));
            check.require(contract, "contractReference", "contractRequired", "Name the contract or invoice of the purchase");
            check.done();
            return recordingPurchase.record(new RecordingPurchase.Command(user, id, minor, code, on, contract));
        });
    }

    @PostMapping("/customers/{id}/redemptions")
    String redeem(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String points,
                  @RequestParam(required = false) String reference, Model model, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "redeem", model, redirect, request, response), "points.redeemed", () -> {
            FormCheck check = new FormCheck();
            Long spent = check.read(() -> NumberInput.wholeNumber("points", points));
            String on = check.read(() -> text("reference", reference, PointsAccount.Redemption.MAX_REFERENCE_LENGTH));
            check.require(on, "reference", "redeemReferenceRequired", "Name the invoice or order the points are spent on");
            check.done();
            return redeemingPoints.redeem(new RedeemingPoints.Command(user, id, spent, on));
        });
    }

    @PostMapping("/customers/{id}/rewards")
    String reward(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String reward,
                  @RequestParam(required = false) String grantedOn, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return card.act(new CardSubmission(user, id, "reward", model, redirect, request, response), "reward.granted", () -> {
            FormCheck check = new FormCheck();
            String what = check.read(() -> text("reward", reward, Reward.MAX_WHAT_LENGTH));
            check.require(what, "reward", "rewardWhatRequired", "Say what the reward is");
            LocalDate on = check.read(() -> FormInput.date("grantedOn", grantedOn));
            check.require(on, "grantedOn", "rewardDateRequired", "Say when the customer receives the reward");
            String why = check.read(() -> text("reason", reason, Reward.MAX_WHY_LENGTH));
            check.require(why, "reason", "rewardWhyRequired", "Say what the reward is for");
            check.done();
            return grantingReward.grant(new GrantingReward.Command(user, id, what, on, why));
        });
    }
}
