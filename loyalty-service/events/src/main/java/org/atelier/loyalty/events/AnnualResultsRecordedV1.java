package org.atelier.loyalty.events;

import java.time.Instant;

/**
 * Finance recorded (or corrected) the results of a year. Payload of
 * {@code org.atelier.loyalty.AnnualResultsRecorded.v1}; the Kafka key and {@code ce_subject} are the year.
 * Loyal-customer counts are not part of it: they follow from the customers' own events.
 */
public record AnnualResultsRecordedV1(int year, String currency, long revenueMinor, long marginMinor, int headcount,
                                      String recordedBy, Instant recordedAt) {
}
