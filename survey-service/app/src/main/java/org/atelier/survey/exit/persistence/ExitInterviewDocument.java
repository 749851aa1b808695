package org.atelier.survey.exit.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A case as stored, with the events not yet published in its {@code outbox}: one write stores both or neither. */
@Document(ExitInterviewDocument.COLLECTION)
record ExitInterviewDocument(@Id String id, String lossEventId, String customerId, String customerName, String significance,
                             LocalDate lostOn, Instant lossRecordedAt, int lostYear, LocalDate dueOn, String customerDepartment, String assignee,
                             String assigneeDepartment, Instant openedAt, List<AttemptDocument> attempts, String state,
                             QuestionnaireDocument questionnaire, String completedBy, LocalDate closedOn, long version,
                             List<OutboxMessage> outbox) {

    static final String COLLECTION = "exit_interviews";

    record AttemptDocument(int number, String channel, LocalDate on, String outcome, String loggedBy, Instant loggedAt) {
    }

    record QuestionnaireDocument(List<ReasonDocument> reasons, String wouldHaveKept, String wouldReturn, String comment) {
    }

    record ReasonDocument(String code, boolean primary, List<String> departmentsAtFault) {
    }
}
