package org.atelier.claims.bonus.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.atelier.claims.bonus.BonusPolicies;
import org.atelier.claims.bonus.BonusPolicy;
import org.atelier.claims.events.BonusPolicySetV1;
import org.atelier.claims.events.ClaimsEvents;
import org.atelier.events.envelope.EventMetadata;
import org.atelier.outbox.AggregateDocuments;
import org.atelier.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/** One document per year; setting the policy stores it with its BonusPolicySet event, keyed by the year. */
public class MongoBonusPolicies implements BonusPolicies {

    static final String COLLECTION = "bonus_policies";

    @Document(COLLECTION)
    record PolicyDocument(@Id String id, int year, int deductionRatio, int compensationRatio, int redistributionRatio, String setBy,
                          Instant setAt, long version, List<OutboxMessage> outbox) {
    }

    private final MongoTemplate mongo;
    private final AggregateDocuments documents;
    private final JsonMapper json;
    private final String topic;
    private final Clock clock;

    public MongoBonusPolicies(MongoTemplate mongo, AggregateDocuments documents, JsonMapper json, String topic, Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.json = json;
        this.topic = topic;
        this.clock = clock;
    }

    @Override
    public Optional<BonusPolicy> find(int year) {
        return Optional.ofNullable(mongo.findById(String.valueOf(year), PolicyDocument.class)).map(MongoBonusPolicies::toPolicy);
    }

    @Override
    public List<BonusPolicy> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "year")), PolicyDocument.class).stream().map(MongoBonusPolicies::toPolicy).toList();
    }

    /** @throws ConcurrentPolicyChange when the year's policy was set by someone else at the same time */
    @Override
    public void save(BonusPolicy policy) {
        String id = String.valueOf(policy.year());
        PolicyDocument current = mongo.findById(id, PolicyDocument.class);
        long version = current == null ? 0 : current.version();
        OutboxMessage event = OutboxMessage.of(EventMetadata.newEvent(ClaimsEvents.BONUS_POLICY_SET_V1, id, policy.setAt()), topic,
                json.writeValueAsString(new BonusPolicySetV1(policy.year(), policy.deductionRatio(), policy.compensationRatio(),
                        policy.redistributionRatio(), policy.setBy(), policy.setAt())), clock.instant());
        PolicyDocument next = new PolicyDocument(id, policy.year(), policy.deductionRatio(), policy.compensationRatio(),
                policy.redistributionRatio(), policy.setBy(), policy.setAt(), version + 1, List.of(event));
        if (!documents.save(next, id, version, List.of(event))) {
            throw new ConcurrentPolicyChange(policy.year());
        }
    }

    private static BonusPolicy toPolicy(PolicyDocument doc) {
        return new BonusPolicy(doc.year(), doc.deductionRatio(), doc.compensationRatio(), doc.redistributionRatio(), doc.setBy(), doc.setAt());
    }

    public static class ConcurrentPolicyChange extends RuntimeException {
        public ConcurrentPolicyChange(int year) {
            super("The bonus policy of " + year + " was set by someone else meanwhile; reload and try again");
        }
    }
}
