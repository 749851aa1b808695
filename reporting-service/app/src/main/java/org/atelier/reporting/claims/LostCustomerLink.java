package org.atelier.reporting.claims;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An upheld claim (fully or partly) about a customer, and one loss of that customer: the claim says a department failed
 * the customer, the loss says the customer left. A customer lost more than once (regained in between) gives one link
 * per loss, each judged on its own date.
 *
 * @param decidedOn the company-calendar day of the decision
 * @param lostOn    the day the loss is dated
 * @param lossCame  whether the customer was lost before the day of the decision or on or after it
 */
public record LostCustomerLink(String claimId, String claimant, String respondent, String outcome, LocalDate decidedOn,
                               String customerId, String customerName, LocalDate lostOn, LossCame lossCame) {

    public enum LossCame { BEFORE_DECISION, AFTER_DECISION }

    public LostCustomerLink {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(lostOn, "lostOn");
        Objects.requireNonNull(lossCame, "lossCame");
    }

    /** Whether a department head of this department may see it: it is the claimant or the respondent. */
    public boolean involves(String department) {
        return department.equals(claimant) || department.equals(respondent);
    }

}
