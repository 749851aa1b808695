package org.atelier.survey.exit.application;

import java.time.Instant;
import java.time.LocalDate;
import org.atelier.calendar.CompanyCalendar;
import org.atelier.survey.exit.AssignmentPolicy;
import org.atelier.survey.exit.CasePolicy;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.ExitInterviews;
import org.atelier.survey.exit.LostCustomer;

/**
 * Loyalty's news about a customer, as it concerns exit interviews: a loss opens a case, a regain or a withdrawal of
 * the loss closes it.
 */
public class OpeningCases {

    private final ExitInterviews cases;
    private final AssignmentPolicy assignment;
    private final CasePolicy policy;
    private final CompanyCalendar calendar;

    public OpeningCases(ExitInterviews cases, AssignmentPolicy assignment, CasePolicy policy, CompanyCalendar calendar) {
        this.cases = cases;
        this.assignment = assignment;
        this.policy = policy;
        this.calendar = calendar;
    }

    /** @return {@code false} when this loss had opened its case already (a redelivery): nothing new is opened */
    public boolean open(LostCustomer loss) {
        return cases.save(ExitInterview.open(loss, assignment.assign(loss), policy, calendar.now()));
    }

    /** @return whether an open case was closed as regained */
    public boolean regain(String customerId, LocalDate regainedOn) {
        return cases.openOf(customerId).filter(open -> open.regain(regainedOn, calendar.now())).map(cases::save).orElse(false);
    }

    /** @return whether the open case of the withdrawn loss was closed as withdrawn */
    public boolean withdraw(String customerId, LocalDate lostOn, Instant withdrawnAt) {
        LocalDate on = withdrawnAt.atZone(calendar.zone()).toLocalDate();
        return cases.openOf(customerId).filter(open -> open.withdraw(lostOn, withdrawnAt, on, calendar.now())).map(cases::save)
                .orElse(false);
    }
}
