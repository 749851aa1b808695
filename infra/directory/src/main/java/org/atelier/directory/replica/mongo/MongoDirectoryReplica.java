package org.atelier.directory.replica.mongo;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.atelier.directory.Directory;
import org.atelier.directory.DirectoryDepartment;
import org.atelier.directory.DirectoryPerson;
import org.atelier.directory.ManagementLevel;
import org.atelier.directory.replica.ReplicaStore;
import org.atelier.directory.replica.SourcePosition;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The directory replica in the service's own database: one document per department ({@code directory_departments})
 * and per person ({@code directory_people}), keyed by code and username, each with the position of the event that
 * last set it.
 *
 * <p>A write is a compare-and-set: the stored document is read, {@link SourcePosition#supersedes} decides in plain
 * Java, and the update matches only the revision that was read (an insert only if there was none, the unique
 * {@code _id} refusing a second). Losing the race to another instance just means reading again, so several
 * instances of a service replicate into the same collections safely, on the embedded server as on MongoDB, without
 * a transaction. Reads go to the collections every time: they are small, and a cache would be one more thing to keep
 * correct.
 */
public class MongoDirectoryReplica implements Directory, ReplicaStore {

    public static final String DEPARTMENTS = "directory_departments";
    public static final String PEOPLE = "directory_people";

    private static final String SOURCE = "source";
    private static final String REVISION = "revision";

    private final MongoTemplate mongo;

    public MongoDirectoryReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Outcome put(DirectoryDepartment department, SourcePosition position) {
        return put(DEPARTMENTS, department.code(), new Document("nameEn", department.nameEn()).append("nameRu", department.nameRu())
                .append("inForce", department.inForce()), position);
    }

    @Override
    public Outcome put(DirectoryPerson person, SourcePosition position) {
        return put(PEOPLE, person.username(), new Document("displayName", person.displayName()).append("department", person.department())
                .append("level", person.level().name()).append("roles", person.roles().stream().sorted().toList())
                .append("active", person.active()), position);
    }

    private Outcome put(String collection, String id, Document state, SourcePosition position) {
        while (true) {
            Document stored = mongo.findById(id, Document.class, collection);
            if (stored == null) {
                Document inserted = new Document(state).append("_id", id).append(SOURCE, source(position)).append(REVISION, 1L);
                try {
                    mongo.insert(inserted, collection);
                    return Outcome.APPLIED;
                } catch (DuplicateKeyException insertedMeanwhile) {
                    continue;
                }
            }
            if (!position.supersedes(position(stored))) {
                return Outcome.STALE;
            }
            long revision = ((Number) stored.get(REVISION)).longValue();
            Update update = new Update().set(SOURCE, source(position)).set(REVISION, revision + 1);
            state.forEach(update::set);
            Query sameRevision = Query.query(Criteria.where("_id").is(id).and(REVISION).is(revision));
            if (mongo.updateFirst(sameRevision, update, collection).getMatchedCount() == 1) {
                return Outcome.APPLIED;
            }
        }
    }

    private static Document source(SourcePosition position) {
        return new Document("partition", position.partition()).append("offset", position.offset())
                .append("changedAt", Date.from(position.changedAt()));
    }

    private static SourcePosition position(Document stored) {
        Document source = stored.get(SOURCE, Document.class);
        Object changedAt = source.get("changedAt");
        Instant time = changedAt instanceof Date date ? date.toInstant() : Instant.parse(changedAt.toString());
        return new SourcePosition(((Number) source.get("partition")).intValue(), ((Number) source.get("offset")).longValue(), time);
    }

    @Override
    public List<DirectoryDepartment> departmentsInForce() {
        return departments(Query.query(Criteria.where("inForce").is(true)));
    }

    @Override
    public List<DirectoryDepartment> allDepartments() {
        return departments(new Query());
    }

    @Override
    public Optional<DirectoryDepartment> department(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(code, Document.class, DEPARTMENTS)).map(MongoDirectoryReplica::department);
    }

    @Override
    public Optional<DirectoryPerson> person(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(username, Document.class, PEOPLE)).map(MongoDirectoryReplica::person);
    }

    @Override
    public List<DirectoryPerson> activePeople() {
        return people(Query.query(Criteria.where("active").is(true)));
    }

    @Override
    public List<DirectoryPerson> activePeopleAt(ManagementLevel level) {
        return people(Query.query(Criteria.where("active").is(true).and("level").is(level.name())));
    }

    @Override
    public List<DirectoryPerson> activePeopleIn(String departmentCode) {
        return people(Query.query(Criteria.where("active").is(true).and("department").is(departmentCode)));
    }

    @Override
    public Map<ManagementLevel, Map<String, Integer>> headCounts() {
        Map<ManagementLevel, Map<String, Integer>> counts = new EnumMap<>(ManagementLevel.class);
        for (DirectoryPerson person : activePeople()) {
            counts.computeIfAbsent(person.level(), level -> new TreeMap<>()).merge(person.department(), 1, Integer::sum);
        }
        return counts;
    }

    private List<DirectoryDepartment> departments(Query query) {
        return mongo.find(query.with(Sort.by("_id")), Document.class, DEPARTMENTS).stream().map(MongoDirectoryReplica::department).toList();
    }

    private List<DirectoryPerson> people(Query query) {
        return mongo.find(query.with(Sort.by("_id")), Document.class, PEOPLE).stream().map(MongoDirectoryReplica::person).toList();
    }

    private static DirectoryDepartment department(Document stored) {
        return new DirectoryDepartment(stored.getString("_id"), stored.getString("nameEn"), stored.getString("nameRu"),
                stored.getBoolean("inForce", false));
    }

    private static DirectoryPerson person(Document stored) {
        return new DirectoryPerson(stored.getString("_id"), stored.getString("displayName"), stored.getString("department"),
                ManagementLevel.valueOf(stored.getString("level")), java.util.Set.copyOf(stored.getList("roles", String.class, List.of())),
                stored.getBoolean("active", false));
    }
}
