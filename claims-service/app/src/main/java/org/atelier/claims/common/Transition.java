package org.atelier.claims.common;

import java.time.Instant;

/**
 * One step of a claim's or commendation's way through the hearing, kept for good: what it became, at which
 * meeting, who moved it and when.
 *
 * @param meetingId the meeting the step happened at or for; null when none (filing, a withdrawal before scheduling)
 */
public record Transition(String to, String meetingId, String by, Instant at) {
}
