package org.atelier.survey.exit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.survey.exit.ExitInterview;
import org.atelier.survey.exit.Questionnaire;

/** A case as the API shows it to those who may read it. */
record CaseResponse(String id, String customerId, String customerName, String significance, LocalDate lostOn, LocalDate dueOn,
                    boolean overdue, String department, String assignee, String state, List<AttemptResponse> attempts,
                    QuestionnaireResponse questionnaire, String completedBy, LocalDate closedOn) {

    record AttemptResponse(int number, String channel, LocalDate on, String outcome, String loggedBy, Instant loggedAt) {
    }

    record QuestionnaireResponse(List<ReasonResponse> reasons, String wouldHaveKept, String wouldReturn, String comment) {
    }

    record ReasonResponse(String code, boolean primary, List<String> departmentsAtFault) {
    }

    static CaseResponse of(ExitInterview c, LocalDate today) {
        Questionnaire q = c.questionnaire();
        return new CaseResponse(c.id(), c.customerId(), c.customerName(), c.significance(), c.lostOn(), c.dueOn(), c.isOverdue(today),
                c.assignment().department(), c.assignment().assignee(), c.state().name(),
                c.attempts().stream().map(a -> new AttemptResponse(a.number(), a.channel().name(), a.on(), a.outcome().name(), a.loggedBy(),
                        a.loggedAt())).toList(),
                q == null ? null : new QuestionnaireResponse(
                        q.reasons().stream().map(r -> new ReasonResponse(r.code().name(), r.primary(), r.departmentsAtFault())).toList(),
                        q.wouldHaveKept(), q.wouldReturn().name(), q.comment()),
                c.completedBy() == null ? null : c.completedBy().name(), c.closedOn());
    }
}
