package org.atelier.survey.matrix.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign as stored, with the events not yet published in its {@code outbox}: one write stores both or neither.
 *
 * <p>No username is stored: invitees, drafts and the submitted set are held by respondent key; responses by a random
 * id, with nothing pairing them with a key. The submitted keys are kept sorted by key and the responses by id, so
 * their order pairs nothing either.
 */
@Document(MatrixCampaignDocument.COLLECTION)
record MatrixCampaignDocument(@Id String id, String title, LocalDate endsOn, List<TaskDocument> tasks, List<DepartmentDocument> departments,
                              List<String> invitedDepartments, List<InviteeDocument> invitees, List<String> submittedKeys,
                              List<DraftDocument> drafts, List<ResponseDocument> responses, Instant openedAt, String state, String closedBy,
                              Instant closedAt, long version, List<OutboxMessage> outbox) {

    static final String COLLECTION = "matrix_campaigns";

    record TaskDocument(String code, String nameEn, String nameRu, String description, List<String> reasons) {
    }

    record DepartmentDocument(String code, String nameEn, String nameRu) {
    }

    record InviteeDocument(String key, String level, String department) {
    }

    record DraftDocument(String key, List<CellDocument> cells) {
    }

    record ResponseDocument(String responseId, String level, String department, List<CellDocument> cells) {
    }

    record CellDocument(String task, String department, String mark) {
    }
}
