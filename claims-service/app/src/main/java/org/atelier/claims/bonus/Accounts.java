package org.atelier.claims.bonus;

import org.atelier.claims.bonus.LedgerEntry;

/** The ledger's accounts: one per department (its code), the annual pool of each year and the company bonus fund. */
public final class Accounts {

    public static final String ANNUAL_POOL = LedgerEntry.ANNUAL_POOL;
    public static final String COMPANY_FUND = LedgerEntry.COMPANY_FUND;

    private Accounts() {
    }

    public static boolean isCompanyAccount(String account) {
        return ANNUAL_POOL.equals(account) || COMPANY_FUND.equals(account);
    }
}
