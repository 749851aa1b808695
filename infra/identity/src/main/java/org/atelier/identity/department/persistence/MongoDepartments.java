package org.atelier.identity.department.persistence;

import java.util.List;
import java.util.Optional;
import org.atelier.identity.department.Department;
import org.atelier.identity.department.DepartmentAlreadyExists;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.department.DepartmentNotFound;
import org.atelier.identity.department.Departments;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Departments in MongoDB, one document each. */
public class MongoDepartments implements Departments {

    private final MongoTemplate mongo;

    public MongoDepartments(MongoTemplate mongo) {
        this.mongo = mongo;
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
        try {
            mongo.insert(toDocument(department));
        } catch (DuplicateKeyException e) {
            throw new DepartmentAlreadyExists(department.code());
        }
    }

    @Override
    public void update(Department department) {
        Query byCode = Query.query(Criteria.where("_id").is(department.code().value()));
        if (mongo.findAndReplace(byCode, toDocument(department)) == null) {
            throw new DepartmentNotFound(department.code());
        }
    }

    private static DepartmentDocument toDocument(Department department) {
        return new DepartmentDocument(department.code().value(), department.nameEn(), department.nameRu(), department.isActive());
    }

    private static Department toDepartment(DepartmentDocument document) {
        return Department.restore(new DepartmentCode(document.code()), document.nameEn(), document.nameRu(), document.active());
    }
}
