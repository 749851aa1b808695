package org.atelier.identity.secondfactor.persistence;

import java.util.Optional;
import org.atelier.identity.secondfactor.Base32;
import org.atelier.identity.secondfactor.SecondFactor;
import org.atelier.identity.secondfactor.SecondFactors;
import org.atelier.identity.user.ConcurrentChange;
import org.atelier.identity.user.Username;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Second factors in MongoDB: one document per person, replaced whole under a version check. */
public class MongoSecondFactors implements SecondFactors {

    private final MongoTemplate mongo;

    public MongoSecondFactors(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<SecondFactor> find(Username username) {
        return Optional.ofNullable(mongo.findById(username.value(), SecondFactorDocument.class)).map(MongoSecondFactors::toFactor);
    }

    @Override
    public void save(SecondFactor factor) {
        if (factor.isNew()) {
            try {
                mongo.insert(toDocument(factor, 1));
            } catch (DuplicateKeyException e) {
                throw new ConcurrentChange(factor.username());
            }
            return;
        }
        Query sameVersion = Query.query(Criteria.where("_id").is(factor.username().value()).and("version").is(factor.version()));
        if (mongo.findAndReplace(sameVersion, toDocument(factor, factor.version() + 1)) == null) {
            throw new ConcurrentChange(factor.username());
        }
    }

    @Override
    public void delete(Username username) {
        mongo.remove(Query.query(Criteria.where("_id").is(username.value())), SecondFactorDocument.class);
    }

    private static SecondFactorDocument toDocument(SecondFactor factor, long version) {
        return new SecondFactorDocument(factor.username().value(), Base32.encode(factor.secret()), factor.enrolledAt(),
                factor.lastUsedStep(), factor.recoveryCodeHashes(), version);
    }

    private static SecondFactor toFactor(SecondFactorDocument document) {
        return SecondFactor.restore(new Username(document.username()), Base32.decode(document.secret()),
                document.enrolledAt(), document.lastUsedStep(), document.recoveryCodeHashes(), document.version());
    }
}
