package org.atelier.identity.user.persistence;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.atelier.identity.department.DepartmentCode;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.ManagementLevel;
import org.atelier.identity.user.Role;
import org.atelier.identity.user.User;
import org.atelier.identity.user.Username;
import org.atelier.identity.user.UsernameTaken;
import org.atelier.identity.user.Users;
import org.atelier.identity.user.messaging.PersonEventTranslator;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Users in MongoDB: one document each, written whole under a version check together with the directory events of
 * the change by {@link AggregateDocuments} (one write: no change without its event, no event without its change).
 */
public class MongoUsers implements Users {

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final PersonEventTranslator translator;
    private final Clock clock;

    public MongoUsers(MongoTemplate mongo, AggregateDocuments documents, PersonEventTranslator translator, Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.translator = translator;
        this.clock = clock;
    }

    @Override
    public Optional<User> find(Username username) {
        return Optional.ofNullable(mongo.findById(username.value(), UserDocument.class)).map(MongoUsers::toUser);
    }

    @Override
    public List<User> search(String text, Optional<DepartmentCode> department, int limit) {
        Criteria criteria = new Criteria();
        if (!text.isEmpty()) {
            // Quoted: whatever an admin types is searched for literally, never run as a pattern.
            Pattern contains = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            criteria.orOperator(Criteria.where("_id").regex(contains), Criteria.where("displayName").regex(contains));
        }
        department.ifPresent(code -> criteria.and("department").is(code.value()));
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, UserDocument.class).stream().map(MongoUsers::toUser).toList();
    }

    @Override
    public boolean isEmpty() {
        return !mongo.exists(new Query(), UserDocument.class);
    }

    @Override
    public List<Username> usernames() {
        Query everyone = new Query().with(Sort.by("_id"));
        everyone.fields().include("_id");
        return mongo.find(everyone, org.bson.Document.class, UserDocument.COLLECTION).stream()
                .map(document -> new Username(document.getString("_id"))).toList();
    }

    @Override
    public long countActiveIn(DepartmentCode department) {
        return mongo.count(Query.query(Criteria.where("active").is(true).and("department").is(department.value())), UserDocument.class);
    }

    @Override
    public long countActiveWithRole(Role role) {
        return mongo.count(Query.query(Criteria.where("active").is(true).and("roles").is(role.name())), UserDocument.class);
    }

    @Override
    public void save(User user) {
        List<OutboxMessage> events = user.newChanges().stream().map(change -> translator.toOutbox(user, change, clock.instant())).toList();
        UserDocument next = toDocument(user, user.version() + 1, events);
        if (!documents.save(next, next.username(), user.version(), events)) {
            if (user.isNew()) {
                throw new UsernameTaken(user.username());
            }
            throw new ConcurrentChange(user.username());
        }
    }

    private static UserDocument toDocument(User user, long version, List<OutboxMessage> events) {
        List<String> roles = user.roles().stream().map(Role::name).sorted().toList();
        return new UserDocument(user.username().value(), user.displayName(), user.email().orElse(null),
                user.department().value(), user.level().name(), roles, user.isActive(), user.passwordHash(),
                user.passwordChangedAt(), user.hasTemporaryPassword(), version, events);
    }

    private static User toUser(UserDocument document) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        document.roles().forEach(role -> roles.add(Role.valueOf(role)));
        return User.restore(new Username(document.username()), document.displayName(), document.email(),
                new DepartmentCode(document.department()), ManagementLevel.valueOf(document.level()), roles,
                document.active(), document.passwordHash(), document.passwordChangedAt(), document.temporaryPassword(),
                document.version());
    }
}
