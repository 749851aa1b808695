package org.atelier.loyalty.events;

import java.time.Instant;

/**
 * Finance set (or revised) the plan of a year. Payload of {@code org.atelier.loyalty.AnnualPlanSet.v1}; the
 * Kafka key and {@code ce_subject} are the year.
 *
 * @param revenueMinor amounts in the currency's minor units
 * @param headcount    employees the annual bonus pool is shared by
 */
public record AnnualPlanSetV1(int year, String currency, long revenueMinor, long marginMinor, int loyalCustomers,
                              int loyalKeyCustomers, int headcount, String setBy, Instant setAt) {
}
