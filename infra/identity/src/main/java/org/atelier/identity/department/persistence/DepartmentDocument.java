package org.atelier.identity.department.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A department as stored, its code as the id. */
@Document(DepartmentDocument.COLLECTION)
record DepartmentDocument(@Id String code, String nameEn, String nameRu, boolean active) {

    static final String COLLECTION = "departments";
}
