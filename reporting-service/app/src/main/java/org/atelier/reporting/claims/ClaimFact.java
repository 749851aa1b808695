package org.atelier.reporting.claims;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing that happened to a claim or a commendation act, as claims-service published it: one fact per event. A
 * report works out each item's story from its facts when asked, so order of arrival and redeliveries do not matter.
 *
 * @param itemId      the claim's or the commendation act's id
 * @param from        the claimant department, or the petitioning one
 * @param to          the respondent department, or the commended one
 * @param on          the company-calendar day it happened (filed, withdrawn, decided)
 * @param year        the year it counts in: the day's year, except a claim's decision, which counts in the year of the
 *                    bonus policy it was decided under (the year whose pool receives its remainder)
 * @param outcome     a decision's outcome ({@code UPHELD}, {@code PARTIALLY_UPHELD}, {@code REJECTED}, {@code APPROVED},
 *                    {@code DECLINED}); else null
 * @param currency    the currency of the amounts, when there are any
 * @param deduction   a claim decision's deduction from the respondent, minor units
 * @param compensation a claim decision's compensation to the claimant, minor units
 * @param pool        a claim decision's transfer to the annual pool, minor units
 * @param granted     an approved commendation's amount, minor units
 * @param customerId  the customer a claim names, if any
 */
public record ClaimFact(String eventId, String itemId, Kind kind, String from, String to, LocalDate on, int year, String outcome,
                        String currency, long deduction, long compensation, long pool, long granted, String customerId) {

    public enum Kind { CLAIM_FILED, CLAIM_WITHDRAWN, CLAIM_DECIDED, COMMENDATION_FILED, COMMENDATION_DECIDED }

    public ClaimFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
    }
}
