package org.atelier.identity.department.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentAlreadyExists;
import org.atelier.identity.department.DepartmentChangedMeanwhile;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.Departments;
import org.atelier.identity.department.messaging.DepartmentEventTranslator;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Departments in MongoDB, one document each, written with their directory events by {@link AggregateDocuments}
 * (state and events in one write, under a version check).
 */
public class MongoDepartments implements Departments {

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final DepartmentEventTranslator translator;
    private final Clock clock;

    public MongoDepartments(MongoTemplate mongo, AggregateDocuments documents, DepartmentEventTranslator translator, Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public Optional<Department> find(DepartmentCode code) {
        return Optional.ofNullable(mongo.findById(code.value(), DepartmentDocument.class)).map(MongoDepartments::toDepartment);
    }

    @Override
    public List<Department> list() {
        return mongo.find(new Query().with(Sort.by("_id")), DepartmentDocument.class).stream()
                .map(MongoDepartments::toDepartment).toList();
    }

    @Override
    public boolean isEmpty() {
        return !mongo.exists(new Query(), DepartmentDocument.class);
    }

    @Override
    public void add(Department department) {
        if (!department.isNew() || !write(department)) {
            throw new DepartmentAlreadyExists(department.code());
        }
    }

    @Override
    public void update(Department department) {
        if (department.isNew()) {
            throw new DepartmentNotFound(department.code());
        }
        if (!write(department)) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(department.code().value())), DepartmentDocument.class)) {
                throw new DepartmentNotFound(department.code());
            }
            throw new DepartmentChangedMeanwhile(department.code());
        }
    }

    /**
     * Gives every department stored before departments had a version the version 1, so that it can be written under
     * a version check like the others.
     *
     * @return how many were given one
     */
    public long versionUnversioned() {
        return mongo.updateMulti(Query.query(Criteria.where("version").exists(false)), new Update().set("version", 1L),
                DepartmentDocument.class).getModifiedCount();
    }

    private boolean write(Department department) {
        List<OutboxMessage> events = department.newChanges().stream()
                .map(change -> translator.toOutbox(department, change, clock.instant())).toList();
        DepartmentDocument next = new DepartmentDocument(department.code().value(), department.nameEn(), department.nameRu(),
                department.isActive(), department.version() + 1, events);
        return documents.save(next, next.code(), department.version(), events);
    }

    private static Department toDepartment(DepartmentDocument document) {
        return Department.restore(new DepartmentCode(document.code()), document.nameEn(), document.nameRu(), document.active(),
                document.version());
    }
}
