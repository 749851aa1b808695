package org.atelier.survey.exit.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.atelier.survey.exit.AttemptOutcome;
import org.atelier.survey.exit.OutreachChannel;

/** An attempt that did not end in the interview (an interview is recorded with its questionnaire). */
record LogAttemptRequest(@NotNull OutreachChannel channel, @NotNull LocalDate on, @NotNull AttemptOutcome outcome) {
}
