package org.atelier.identity.department.persistence;

import java.util.List;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department as stored, its code as the id, with the directory events its last writes still have to publish.
 * Departments stored before they had a version get version 1 when the directory is first published.
 */
@Document(DepartmentDocument.COLLECTION)
record DepartmentDocument(@Id String code, String nameEn, String nameRu, boolean active, long version, List<OutboxMessage> outbox) {

    static final String COLLECTION = "departments";
}
