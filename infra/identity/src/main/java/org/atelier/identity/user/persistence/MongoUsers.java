package org.atelier.identity.user.persistence;

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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Users in MongoDB: one document each, replaced whole under a version check. */
public class MongoUsers implements Users {

    private final MongoTemplate mongo;

    public MongoUsers(MongoTemplate mongo) {
        this.mongo = mongo;
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
    public void save(User user) {
        if (user.isNew()) {
            try {
                mongo.insert(toDocument(user, 1));
            } catch (DuplicateKeyException e) {
                throw new UsernameTaken(user.username());
            }
            return;
        }
        Query sameVersion = Query.query(Criteria.where("_id").is(user.username().value()).and("version").is(user.version()));
        UserDocument next = toDocument(user, user.version() + 1);
        if (mongo.findAndReplace(sameVersion, next) == null) {
            throw new ConcurrentChange(user.username());
        }
    }

    private static UserDocument toDocument(User user, long version) {
        List<String> roles = user.roles().stream().map(Role::name).sorted().toList();
        return new UserDocument(user.username().value(), user.displayName(), user.email().orElse(null),
                user.department().value(), user.level().name(), roles, user.isActive(), user.passwordHash(),
                user.passwordChangedAt(), user.hasTemporaryPassword(), version);
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
