package org.atelier.reporting.pool.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The part of loyalty-service's {@code AnnualPlanSet}, {@code AnnualResultsRecorded}, {@code CustomerRegistered},
 * {@code CustomerSignificanceChanged}, {@code CustomerBecameLoyal} and {@code CustomerLoyaltyLapsed} (v1) the pool
 * reads, as one shape: each event fills the fields it has. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PoolLoyaltyMessage(Integer year, String currency, Long revenueMinor, Long marginMinor, Integer loyalCustomers,
                          Integer loyalKeyCustomers, Integer headcount, Instant setAt, Instant recordedAt, String customerId,
                          String significance, String to, Instant registeredAt, Instant changedAt, LocalDate asOf,
                          String gateRule, Integer marginGrowthShareBp) {
}
