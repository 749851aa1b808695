package org.atelier.survey.exit.link.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.atelier.survey.exit.link.SelfServiceLink;
import org.atelier.survey.exit.link.SelfServiceLinks;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Links keyed by their token's hash; claiming and revoking are conditional single-document updates. */
public class MongoSelfServiceLinks implements SelfServiceLinks {

    static final String COLLECTION = "exit_interview_links";

    private final MongoTemplate mongo;

    public MongoSelfServiceLinks(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("caseId", Sort.Direction.ASC));
    }

    @Override
    public void add(SelfServiceLink link) {
        mongo.insert(new Document("_id", link.tokenHash()).append("linkId", link.id()).append("caseId", link.caseId())
                .append("issuedBy", link.issuedBy()).append("issuedAt", link.issuedAt()).append("expiresAt", link.expiresAt())
                .append("state", link.state().name()).append("closedAt", null), COLLECTION);
    }

    @Override
    public Optional<SelfServiceLink> byTokenHash(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, Document.class, COLLECTION)).map(MongoSelfServiceLinks::toLink);
    }

    @Override
    public List<SelfServiceLink> ofCase(String caseId) {
        return mongo.find(Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by("issuedAt")), Document.class, COLLECTION).stream()
                .map(MongoSelfServiceLinks::toLink).toList();
    }

    @Override
    public boolean claim(String tokenHash, Instant now) {
        Query usable = Query.query(Criteria.where("_id").is(tokenHash).and("state").is(SelfServiceLink.State.ACTIVE.name())
                .and("expiresAt").gt(now));
        return mongo.updateFirst(usable, new Update().set("state", SelfServiceLink.State.USED.name()).set("closedAt", now), COLLECTION)
                .getModifiedCount() == 1;
    }

    @Override
    public void release(String tokenHash) {
        Query used = Query.query(Criteria.where("_id").is(tokenHash).and("state").is(SelfServiceLink.State.USED.name()));
        mongo.updateFirst(used, new Update().set("state", SelfServiceLink.State.ACTIVE.name()).set("closedAt", null), COLLECTION);
    }

    @Override
    public boolean revoke(String caseId, String linkId, Instant now) {
        Query active = Query.query(Criteria.where("caseId").is(caseId).and("linkId").is(linkId)
                .and("state").is(SelfServiceLink.State.ACTIVE.name()));
        return mongo.updateFirst(active, new Update().set("state", SelfServiceLink.State.REVOKED.name()).set("closedAt", now), COLLECTION)
                .getModifiedCount() == 1;
    }

    private static SelfServiceLink toLink(Document d) {
        return new SelfServiceLink(d.getString("linkId"), d.getString("caseId"), d.getString("_id"), d.getString("issuedBy"),
                d.getDate("issuedAt").toInstant(), d.getDate("expiresAt").toInstant(), SelfServiceLink.State.valueOf(d.getString("state")),
                d.getDate("closedAt") == null ? null : d.getDate("closedAt").toInstant());
    }
}
