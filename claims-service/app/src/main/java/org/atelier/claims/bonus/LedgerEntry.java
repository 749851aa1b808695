package org.atelier.claims.bonus;

import org.atelier.claims.common.Money;

/**
 * One posting to a bonus account. A decision's entries always sum to zero.
 *
 * @param account a department code, or {@link #ANNUAL_POOL} / {@link #COMPANY_FUND}
 * @param amount  signed: negative takes from the account, positive gives to it
 */
public record LedgerEntry(Kind kind, String account, Money amount) {

    /** The company-wide annual pool of the decision's year. */
    public static final String ANNUAL_POOL = "annual-pool";
    /** The company's bonus fund, which pays for approved commendations. */
    public static final String COMPANY_FUND = "company-fund";

    public enum Kind {
        DEDUCTION, COMPENSATION, POOL_TRANSFER, COMMENDATION_CREDIT, COMMENDATION_FUNDING
    }
}
