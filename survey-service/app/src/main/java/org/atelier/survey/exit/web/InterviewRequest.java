package org.atelier.survey.exit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.atelier.survey.exit.OutreachChannel;
import org.atelier.survey.exit.Questionnaire;
import org.atelier.survey.exit.Reason;
import org.atelier.survey.exit.ReasonCode;
import org.atelier.survey.exit.WouldReturn;

/** The interview that took place, and the questionnaire as the former customer answered it. */
record InterviewRequest(@NotNull OutreachChannel channel, @NotNull LocalDate on,
                        @NotNull @Size(min = 1, max = 7) List<@NotNull @Valid ReasonRequest> reasons,
                        @Size(max = Questionnaire.MAX_TEXT) String wouldHaveKept, @NotNull WouldReturn wouldReturn,
                        @Size(max = Questionnaire.MAX_TEXT) String comment) {

    record ReasonRequest(@NotNull ReasonCode code, boolean primary,
                         @Size(max = 20) List<@NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$") String> departmentsAtFault) {
    }

    Questionnaire questionnaire() {
        List<Reason> given = reasons.stream().map(r -> new Reason(r.code(), r.primary(), r.departmentsAtFault())).toList();
        return new Questionnaire(given, wouldHaveKept, wouldReturn, comment);
    }
}
