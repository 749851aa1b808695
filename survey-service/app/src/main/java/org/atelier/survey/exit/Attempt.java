package org.atelier.survey.exit;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of the outreach log. {@code loggedBy} is the username of who logged it, shown on the case only. */
public record Attempt(int number, OutreachChannel channel, LocalDate on, AttemptOutcome outcome, String loggedBy, Instant loggedAt) {
}
